// The missing-changeset check is changesets' own `changeset status --since=<main>`
// (what .ci/run runs), with our .changeset/config.json, in a throwaway git
// repository shaped like ours. What counts as a change is the config's:
// `changedFilePatterns` (a package's src/ and package.json) of a non-private
// package (`privatePackages.version: false`). A spec change reaches its
// package as regenerated src/generated/ files, which CI requires
// (check-generated.mjs), so it needs a changeset too.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterEach, beforeEach, expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const changeset = join(repoRoot, "node_modules", ".bin", "changeset");
let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
const write = (file: string, text: string) => {
  mkdirSync(join(repo, file, ".."), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const manifest = (name: string, more: object = {}) => `${JSON.stringify({ name, version: "0.1.0", ...more })}\n`;
/** .ci/run's command. */
const status = () => {
  const result = spawnSync(changeset, ["status", "--since=main"], { cwd: repo, encoding: "utf8" });
  // Colours on (CI=true turns them on) or off, the same words.
  return { status: result.status, stdout: stripVTControlCharacters(result.stdout), stderr: stripVTControlCharacters(result.stderr) };
};
const NO_CHANGESET = "Some packages have been changed but no changesets were found";

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "changesets-"));
  git("init", "-q", "-b", "main");
  git("config", "user.email", "t@example.org");
  git("config", "user.name", "t");
  git("config", "commit.gpgsign", "false");
  write("package.json", manifest("api-clients", { private: true }));
  copyFileSync(join(repoRoot, "pnpm-workspace.yaml"), join(repo, "pnpm-workspace.yaml"));
  mkdirSync(join(repo, ".changeset"));
  copyFileSync(join(repoRoot, ".changeset", "config.json"), join(repo, ".changeset", "config.json"));
  write("packages/pluralkit/package.json", manifest("@api-clients/pluralkit"));
  write("packages/pluralkit/src/index.ts", "export {};\n");
  write("packages/pluralkit/src/generated/openapi.json", "{}\n");
  write("packages/pluralkit/README.md", "# pluralkit\n");
  write("packages/pluralkit/test/client.test.ts", "\n");
  write("packages/docs/package.json", manifest("@api-clients/docs", { private: true }));
  write("packages/docs/src/build.mjs", "\n");
  write("scripts/ci/package.json", manifest("@api-clients/ci", { private: true }));
  write("specs/pluralkit/openapi.yaml", "openapi: 3.1.0\n");
  git("add", "-A");
  git("commit", "-qm", "base");
  git("checkout", "-qb", "feature");
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

test("a source change without a changeset fails", () => {
  write("packages/pluralkit/src/index.ts", "export const x = 1;\n");
  git("commit", "-qam", "change");
  const result = status();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(NO_CHANGESET);
});

test("a spec change, with the generated files it changes, needs one too", () => {
  write("specs/pluralkit/openapi.yaml", "openapi: 3.1.0\ninfo: {}\n");
  write("packages/pluralkit/src/generated/openapi.json", '{ "info": {} }\n');
  git("commit", "-qam", "spec");
  expect(status().status).toBe(1);
});

test("a manifest change needs one", () => {
  write("packages/pluralkit/package.json", manifest("@api-clients/pluralkit", { sideEffects: false }));
  git("commit", "-qam", "manifest");
  expect(status().status).toBe(1);
});

test("with a changeset naming the package it passes and shows the bump", () => {
  write("packages/pluralkit/src/index.ts", "export const x = 1;\n");
  write(".changeset/brave-fox.md", '---\n"@api-clients/pluralkit": minor\n---\n\nAdd x.\n');
  git("add", "-A");
  git("commit", "-qm", "change with changeset");
  const result = status();
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/bumped at minor[\s\S]*@api-clients\/pluralkit/);
});

test("private packages, a package's tests and README, and other files need none", () => {
  write("packages/docs/src/build.mjs", "// changed\n");
  write("packages/pluralkit/README.md", "# pluralkit, typed\n");
  write("packages/pluralkit/test/client.test.ts", "// more\n");
  write("scripts/ci/package.json", manifest("@api-clients/ci", { private: true, description: "CI" }));
  write("README.md", "# readme\n");
  git("add", "-A");
  git("commit", "-qm", "docs");
  const result = status();
  expect(result.stderr).not.toContain(NO_CHANGESET);
  expect(result.status).toBe(0);
});

test("on main itself there is nothing to compare against: it passes", () => {
  git("checkout", "-q", "main");
  write("packages/pluralkit/src/index.ts", "export const x = 1;\n");
  git("commit", "-qam", "straight on main");
  expect(status().status).toBe(0);
});

test(".ci/run runs this command against main (origin/main in a clone)", () => {
  const ci = readFileSync(join(repoRoot, ".ci", "run"), "utf8");
  expect(ci).toMatch(/^step pnpm exec changeset status --since="\$base"$/m);
});
