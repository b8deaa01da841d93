#!/usr/bin/env node
// Fails when a branch changes a public package's source or its spec without
// a changeset naming that package (https://github.com/changesets/changesets).
// On main itself there is nothing to compare against, so it is skipped.
//   node scripts/ci/check-changesets.mjs [--base <ref>]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const args = process.argv.slice(2);
const baseIndex = args.indexOf("--base");

const branch = process.env.BRANCH_NAME ?? git("rev-parse", "--abbrev-ref", "HEAD");
if (branch === "main" && baseIndex < 0) {
  console.log("changesets: on main, nothing to compare against; skipped");
  process.exit(0);
}
const baseRef =
  baseIndex >= 0
    ? args[baseIndex + 1]
    : ["origin/main", "main"].find((ref) => {
        try {
          git("rev-parse", "--verify", "--quiet", ref);
          return true;
        } catch {
          return false;
        }
      });
if (!baseRef) {
  console.error("changesets: no main branch to compare against (pass --base <ref>)");
  process.exit(2);
}
const base = git("merge-base", baseRef, "HEAD");
const changed = git("diff", "--name-only", `${base}...HEAD`).split("\n").filter(Boolean);

// Public packages: packages/<dir> whose package.json is not private. A spec
// change under specs/<dir>/ belongs to the package of the same name.
const publicPackages = new Map();
for (const dir of readdirSync("packages")) {
  const manifest = join("packages", dir, "package.json");
  if (!existsSync(manifest)) continue;
  const pkg = JSON.parse(readFileSync(manifest, "utf8"));
  if (!pkg.private) publicPackages.set(dir, pkg.name);
}
const touched = new Set();
for (const file of changed) {
  const [top, dir, sub] = file.split("/");
  if (top === "packages" && publicPackages.has(dir) && (sub === "src" || sub === "package.json")) touched.add(publicPackages.get(dir));
  if (top === "specs" && publicPackages.has(dir)) touched.add(publicPackages.get(dir));
}

const changesetText = changed
  .filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && !file.endsWith("README.md") && existsSync(file))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");
const missing = [...touched].filter((name) => !changesetText.includes(`"${name}"`) && !changesetText.includes(`'${name}'`));
if (missing.length > 0) {
  console.error(
    `changesets: these packages changed without a changeset: ${missing.join(", ")}. Run \`pnpm changeset\` and commit the file.`,
  );
  process.exit(1);
}
console.log(`changesets: ${touched.size} changed package(s), all with a changeset`);
