// The repository stands alone: no committed file reads a path outside it
// (a user's clone has nothing beside it). .ci/run proves the same by running
// everything in a copy with no siblings; this catches it before CI does.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
// The folder that sat beside the repository while it was written, named either way a script would reach it.
const sibling = ["..", "shared"];
const outside = new RegExp(`${sibling.join("/").replace(/\./g, "\\.")}\\b|["']\\.\\.["']\\s*,\\s*["']${sibling[1]}["']`);

test("no script, test or source file refers to a folder beside the repository", () => {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
    .split("\n")
    .filter((file) => /\.(m?[jt]s|cjs|json|ya?ml|sh)$/.test(file) || file === ".ci/run")
    // This file names the folder to look for it; generated files and the lockfile are not ours to word.
    .filter((file) => !file.includes("/generated/") && file !== "pnpm-lock.yaml" && file !== "scripts/ci/test/stands-alone.test.ts");
  const offenders = files.filter((file) => {
    try {
      return outside.test(readFileSync(`${repoRoot}/${file}`, "utf8"));
    } catch {
      return false; // deleted in the working tree
    }
  });
  expect(offenders).toEqual([]);
});
