// Each public package ships its CHANGELOG.md (written by `changeset version`)
// and the MIT LICENSE. That `changeset version` heads each CHANGELOG.md with
// the version it releases, and that the published package carries both
// files, is checked end to end by scripts/release-rehearsal.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const publicPackages = (root: string) =>
  readdirSync(join(root, "packages"))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
    .filter(({ manifest }) => !manifest.private);

test("each public package lists CHANGELOG.md and LICENSE among the files it publishes", () => {
  for (const { manifest } of publicPackages(repoRoot)) {
    expect(manifest.files, manifest.name).toEqual(expect.arrayContaining(["CHANGELOG.md", "LICENSE"]));
    expect(manifest.license, manifest.name).toBe("MIT");
  }
});
