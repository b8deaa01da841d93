// `pnpm test` must run every check even when one fails, and still exit
// non-zero: one turbo run with --continue whose graph holds the lint
// (Biome) next to typecheck and the tests, never `a && b`, which skips b.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const testScript: string = JSON.parse(readFileSync(`${repoRoot}/package.json`, "utf8")).scripts.test;

test("pnpm test is one turbo run with --continue, not a chain that stops at the first failure", () => {
  expect(testScript).toMatch(/^turbo run [\w:\s-]+ --continue$/);
  expect(testScript).not.toMatch(/&&|;/);
});

test("the run's task graph holds Biome, typecheck, the tests, the package checks and the release rehearsal", () => {
  const args = testScript.replace(/^turbo /, "").split(/\s+/);
  const dry = execFileSync("pnpm", ["exec", "turbo", ...args, "--dry=json"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  const tasks = new Set((JSON.parse(dry).tasks as { task: string; taskId: string }[]).map((task) => task.taskId));
  expect(tasks).toContain("//#lint");
  for (const id of [
    "@api-clients/middleware#typecheck",
    "@api-clients/middleware#test",
    "@api-clients/pluralkit#test",
    "@api-clients/pluralkit#size",
    "@api-clients/release-rehearsal#test",
  ]) {
    expect(tasks).toContain(id);
  }
});

test("the release rehearsal runs after the build of every public package it publishes", () => {
  const dry = execFileSync("pnpm", ["exec", "turbo", "run", "test", "--filter=@api-clients/release-rehearsal", "--dry=json"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  const rehearsal = (JSON.parse(dry).tasks as { taskId: string; dependencies: string[] }[]).find(
    (task) => task.taskId === "@api-clients/release-rehearsal#test",
  );
  const publicPackages = readdirSync(`${repoRoot}/packages`)
    .map((dir) => JSON.parse(readFileSync(`${repoRoot}/packages/${dir}/package.json`, "utf8")))
    .filter((manifest) => !manifest.private);
  expect(publicPackages.length).toBeGreaterThan(0);
  for (const { name } of publicPackages) expect(rehearsal?.dependencies).toContain(`${name}#build`);
});
