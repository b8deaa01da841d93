// Each public package gets its CHANGELOG.md from changesets: `changeset
// version`, on a throwaway copy of the repository with the pending
// changesets, writes one per package it bumps, and every public package has
// a pending changeset or an existing changelog (so none ships without one).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
let copy: string;

const publicPackages = (root: string) =>
  readdirSync(join(root, "packages"))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => !manifest.private);

beforeAll(() => {
  copy = join(mkdtempSync(join(tmpdir(), "api-clients-version-")), "repo");
  // The tracked files as they are now (a clone), nothing built or installed.
  execFileSync(
    "bash",
    [
      "-c",
      `mkdir -p "${copy}" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "${copy}"`,
    ],
    {
      cwd: repoRoot,
    },
  );
  execFileSync(join(repoRoot, "node_modules", ".bin", "changeset"), ["version"], { cwd: copy, stdio: "pipe" });
}, 60_000);

afterAll(() => rmSync(join(copy, ".."), { recursive: true, force: true }));

test("changeset version writes a CHANGELOG.md for every public package, headed by its new version", () => {
  const missing = publicPackages(copy).filter(({ dir, manifest }) => {
    const changelog = join(copy, "packages", dir, "CHANGELOG.md");
    return !existsSync(changelog) || !readFileSync(changelog, "utf8").includes(`## ${manifest.version}`);
  });
  expect(missing.map(({ manifest }) => manifest.name)).toEqual([]);
});

test("each public package lists CHANGELOG.md and LICENSE among the files it publishes", () => {
  for (const { manifest } of publicPackages(repoRoot)) {
    expect(manifest.files, manifest.name).toEqual(expect.arrayContaining(["CHANGELOG.md", "LICENSE"]));
    expect(manifest.license, manifest.name).toBe("MIT");
  }
});
