// The test kits from a user's project: the packed packages installed with
// npm outside the workspace, beside msw, ajv and vitest from the npm
// registry, and a vitest suite (fixtures/test-kit) using the kits of all five
// APIs, in ESM and CommonJS:
//   - Node 20 with msw 2 (msw 3 needs Node ≥ 22.12), typechecked with tsc
//     against the published declarations first;
//   - Node 20 with the lowest versions the peer ranges allow (msw 2.10.5, ajv 8.12.0);
//   - Node 24 with msw 3.
// Plus the run a spec violation must fail: code that swallows the 400.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, inject, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/test-kit", import.meta.url));
const versionOf = (manifest: string, name: string) => {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(repoRoot, manifest), "utf8"));
  return `${name}@${devDependencies[name] ?? dependencies[name]}`;
};
const MSW2 = versionOf("packages/testing-kit/package.json", "msw"); // 2.15.0, the newest 2.x
const MSW3 = "msw@3.0.5";
// The bottom of the kit's peer ranges (packages/testing-kit/package.json: ^2.10.5 || ^3.0.0, ^8.12.0).
const LOWEST = ["msw@2.10.5", "ajv@8.12.0"];
const AJV = versionOf("packages/testing-kit/package.json", "ajv");
const VITEST = versionOf("scripts/consumer-test/package.json", "vitest");
const TYPESCRIPT = versionOf("package.json", "typescript");

/** A user's environment: no vitest, npm or pnpm variables of the run that started us; no colours in output. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(VITEST|npm_|pnpm_|NODE_OPTIONS$|TEST$)/i.test(key)) env[key] = value;
  return { ...env, NO_COLOR: "1", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
}

function run(command: string, args: string[], cwd: string, extra: Record<string, string> = {}) {
  return new Promise<{ code: number; output: string; ms: number }>((resolve) => {
    const started = Date.now();
    execFile(
      command,
      args,
      { cwd, env: { ...userEnv(), ...extra }, encoding: "utf8", maxBuffer: 32 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}`, ms: Date.now() - started });
      },
    );
  });
}

/** A fresh project with the tarballs, `msw` and the rest installed by npm, and the suite copied in. */
async function project(name: string, packages: string[]) {
  const dir = join(inject("work"), name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true, type: "module" }));
  cpSync(fixtures, dir, { recursive: true });
  const install = await run("npm", ["install", ...inject("tarballs"), ...packages], dir);
  if (install.code !== 0) throw new Error(`npm install in ${name} failed:\n${install.output}`);
  console.log(`${name}: npm install ${install.ms} ms`);
  return dir;
}

let node20: string;
let lowest: string;
let node24: string;
beforeAll(async () => {
  [node20, lowest, node24] = await Promise.all([
    project("kits-node20-msw2", [MSW2, AJV, VITEST, TYPESCRIPT]),
    project("kits-node20-lowest", [...LOWEST, VITEST]),
    project("kits-node24-msw3", [MSW3, AJV, VITEST]),
  ]);
});

const vitest = (node: string, dir: string, extra: Record<string, string> = {}) =>
  run(node, [join(dir, "node_modules", "vitest", "vitest.mjs"), "run", "--reporter=verbose"], dir, extra);

describe("the test kits in a user's vitest suite, installed from the tarballs", () => {
  test(`Node 20 with ${MSW2}: tsc accepts the suite against the published types (and refuses the ill-typed override)`, async () => {
    const { code, output, ms } = await run(process.execPath, [join(node20, "node_modules", "typescript", "bin", "tsc"), "-p", "."], node20);
    console.log(`tsc ${ms} ms`);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  test.each([
    ["Node 20", [MSW2, AJV], () => ({ node: process.execPath, dir: node20 })],
    ["Node 20", LOWEST, () => ({ node: process.execPath, dir: lowest })],
    ["Node 24", [MSW3, AJV], () => ({ node: inject("node24"), dir: node24 })],
  ])("%s with %j: the suite passes in ESM and CommonJS", async (runtime, peers, where) => {
    const { node, dir } = where();
    const installed = (name: string) =>
      `${name}@${JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8")).version}`;
    expect([installed("msw"), installed("ajv")]).toEqual(peers);
    const msw = peers[0];
    const { code, output, ms } = await vitest(node, dir);
    console.log(`${runtime}, ${msw}: vitest ${ms} ms`);
    expect(output).toMatch(/Test Files {2}2 passed \(2\)/);
    expect(output).toMatch(/Tests {2}9 passed \(9\)/);
    expect(output).toContain(`test kits, CommonJS (${runtime === "Node 20" ? "v20." : "v24."}`);
    expect(code, output).toBe(0);
  });

  test("a spec violation the code under test swallows still fails the run, naming the operation and the field", async () => {
    const { code, output } = await vitest(process.execPath, node20, { KIT_SUITE: "violation.test.ts" });
    expect(code).toBe(1);
    expect(output).toContain("SpecViolationError: createMember: request body /name must be string");
    expect(output).toContain("Vitest caught 1 unhandled error during the test run");
  });
});
