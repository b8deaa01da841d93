// `pnpm mock <api>` as a user runs it: the URL it prints works as a client's
// baseUrl (the spec's paths answer under the server's base path), a misspelt
// name lists the valid ones, and stopping pnpm stops Prism with it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createConnection } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { basePathOf, bundledSpecPath, knownApis } from "../src/index.mjs";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const started: ChildProcess[] = [];

/** Runs `pnpm mock <api>` in its own process group and resolves with the URL it prints. */
function pnpmMock(api: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn("pnpm", ["mock", api], { cwd: repoRoot, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const url = /mock listening on (\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`pnpm mock ${api} exited with ${code}: ${output}`)));
  });
}

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

async function waitUntilClosed(port: number, ms = 15_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (!(await portIsOpen(port))) return true;
  }
  return false;
}

/** The first operation that has no path parameter, as a URL under the mock's base URL. */
function firstPlainPath(api: string): { path: string; method: string } {
  const document = JSON.parse(readFileSync(bundledSpecPath(api), "utf8"));
  for (const [path, item] of Object.entries<Record<string, unknown>>(document.paths)) {
    if (path.includes("{")) continue;
    const method = ["get", "post"].find((m) => m in item);
    if (method) return { path, method: method.toUpperCase() };
  }
  throw new Error(`${api}: no path without parameters`);
}

afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
  }
});

describe("pnpm mock <api>", () => {
  test.each(knownApis())("%s: the printed URL is the client's baseUrl, base path included", async (api) => {
    const { url } = await pnpmMock(api);
    const document = JSON.parse(readFileSync(bundledSpecPath(api), "utf8"));
    expect(new URL(url).pathname.replace(/\/$/, "")).toBe(basePathOf(document.servers[0].url));
    const { path, method } = firstPlainPath(api);
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: method === "GET" ? null : "{}",
    });
    const body = await response.text();
    // Prism's own 404 for an unknown route names NO_PATH_MATCHED; anything else means the route resolved.
    expect(body).not.toContain("NO_PATH_MATCHED");
  });

  test("a misspelt API name lists the valid ones", () => {
    const result = spawnSync("pnpm", ["mock", "plurakit"], { cwd: repoRoot, encoding: "utf8" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`Unknown API "plurakit". There is a mock for: ${knownApis().join(", ")}.`);
  });

  test("SIGTERM to pnpm stops Prism: nothing is left holding the port", async () => {
    const { child, url } = await pnpmMock("pwnbook");
    const port = Number(new URL(url).port);
    expect(await portIsOpen(port)).toBe(true);
    child.kill("SIGTERM"); // pnpm alone, as a process manager would
    expect(await waitUntilClosed(port)).toBe(true);
  });

  test("Ctrl-C (SIGINT to the process group) stops Prism", async () => {
    const { child, url } = await pnpmMock("phisherman");
    const port = Number(new URL(url).port);
    process.kill(-child.pid!, "SIGINT");
    expect(await waitUntilClosed(port)).toBe(true);
  });
});
