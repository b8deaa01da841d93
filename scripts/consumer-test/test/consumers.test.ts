// The consumer's view: every public package packed (test/global-setup.ts),
// the tarballs installed with npm into a fresh project outside the
// workspace, and an ESM and a CommonJS script run against a Prism mock, on
// Node 20 (this process's) and on Node 24.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type PrismServer, startPrism } from "@api-clients/mock";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { PUBLIC_PACKAGES } from "./global-setup.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

let project: string;
let prism: PrismServer;
const node24 = inject("node24");

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });

beforeAll(async () => {
  project = join(inject("work"), "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  run("npm", ["install", "--no-save", ...inject("tarballs")], project);
  copyFileSync(fileURLToPath(new URL("../fixtures/consumer.mjs", import.meta.url)), join(project, "consumer.mjs"));
  copyFileSync(fileURLToPath(new URL("../fixtures/consumer.cjs", import.meta.url)), join(project, "consumer.cjs"));

  // The spec the installed package ships is the one the mock serves.
  prism = await startPrism({ spec: join(project, "node_modules", "@api-clients", "pluralkit", "dist", "openapi.json") });
});

afterAll(async () => {
  await prism?.stop();
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
