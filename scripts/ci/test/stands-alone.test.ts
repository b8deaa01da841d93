// The repository stands alone: no committed file reaches a path outside it
// (a user's clone has nothing beside it). .ci/run proves the same by running
// everything in a copy with no siblings; this catches it before CI does.
// Every relative path written in a file ("../…", as a string or in
// new URL("../…", import.meta.url)) is resolved from that file's folder, the
// way Node, tsconfig and package scripts resolve them; one that lands outside
// the repository is an offender, whatever folder it names.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const RELATIVE_PATH = /["'`]((?:\.\.\/)+[^"'`\s$]*)["'`]/g;

/** The relative paths in `text` that, read from `file`'s folder, leave the repository. */
function pathsOutside(file: string, text: string): string[] {
  const folder = dirname(resolve(repoRoot, file));
  return [...text.matchAll(RELATIVE_PATH)]
    .map((match) => match[1]!)
    .filter((path) => relative(repoRoot, resolve(folder, path)).startsWith(".."));
}

test("the check finds a path that climbs out of the repository, and passes one that stays inside", () => {
  const file = "scripts/ci/test/example.test.ts";
  expect(pathsOutside(file, 'readFileSync(new URL("../../../../notes/examples.json", import.meta.url))')).toEqual([
    "../../../../notes/examples.json",
  ]);
  expect(pathsOutside(file, 'const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));')).toEqual([]);
});

test("no script, test or source file refers to a path outside the repository", () => {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
    .split("\n")
    .filter((file) => /\.(m?[jt]s|cjs|json|ya?ml|sh)$/.test(file) || file === ".ci/run")
    // Generated files and the lockfile are not ours to word; this file holds examples of what it looks for.
    .filter((file) => !file.includes("/generated/") && file !== "pnpm-lock.yaml" && file !== "scripts/ci/test/stands-alone.test.ts");
  const offenders = files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(resolve(repoRoot, file), "utf8");
    } catch {
      return []; // deleted in the working tree
    }
    return pathsOutside(file, text).map((path) => `${file}: ${path}`);
  });
  expect(offenders).toEqual([]);
});
