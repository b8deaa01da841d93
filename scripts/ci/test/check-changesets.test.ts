// The changeset check, run in a throwaway git repository shaped like ours.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, test } from "vitest";

const script = fileURLToPath(new URL("../check-changesets.mjs", import.meta.url));
let repo: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
const write = (file: string, text: string) => {
  mkdirSync(join(repo, file, ".."), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const check = () => spawnSync(process.execPath, [script], { cwd: repo, encoding: "utf8", env: { ...process.env, BRANCH_NAME: "" } });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "changesets-"));
  git("init", "-q", "-b", "main");
  git("config", "user.email", "t@example.org");
  git("config", "user.name", "t");
  write("packages/pluralkit/package.json", JSON.stringify({ name: "@api-clients/pluralkit" }));
  write("packages/pluralkit/src/index.ts", "export {};\n");
  write("packages/docs/package.json", JSON.stringify({ name: "@api-clients/docs", private: true }));
  write("packages/docs/src/build.mjs", "\n");
  write("specs/pluralkit/openapi.yaml", "openapi: 3.1.0\n");
  git("add", "-A");
  git("commit", "-qm", "base");
  git("checkout", "-qb", "feature");
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

test("a source change without a changeset fails, naming the package", () => {
  write("packages/pluralkit/src/index.ts", "export const x = 1;\n");
  git("commit", "-qam", "change");
  const result = check();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("@api-clients/pluralkit");
});

test("a spec change counts as a change to its package", () => {
  write("specs/pluralkit/openapi.yaml", "openapi: 3.1.0\ninfo: {}\n");
  git("commit", "-qam", "spec");
  expect(check().status).toBe(1);
});

test("with a changeset naming the package it passes", () => {
  write("packages/pluralkit/src/index.ts", "export const x = 1;\n");
  write(".changeset/brave-fox.md", '---\n"@api-clients/pluralkit": minor\n---\n\nAdd x.\n');
  git("add", "-A");
  git("commit", "-qm", "change with changeset");
  const result = check();
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("1 changed package(s), all with a changeset");
});

test("private packages and other files need none", () => {
  write("packages/docs/src/build.mjs", "// changed\n");
  write("README.md", "# readme\n");
  git("add", "-A");
  git("commit", "-qm", "docs");
  expect(check().status).toBe(0);
});

test("on main itself it is skipped", () => {
  git("checkout", "-q", "main");
  const result = spawnSync(process.execPath, [script], { cwd: repo, encoding: "utf8", env: { ...process.env, BRANCH_NAME: "main" } });
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("skipped");
});
