#!/usr/bin/env node
// Replaces the vendor OpenAPI fixtures in this folder with the files
// husqybot/husqybot.github.io publishes under openapi/ at <commit>, byte for
// byte, and pins that commit in README.md. Needs git and network access to
// GitHub (or --git-dir <path> to a local clone that has the commit). Never run
// by tests or CI: they read the committed fixtures only. (HUSQY_VENDOR_REPOSITORY
// overrides the repository URL, e.g. for a mirror.)
//
//   node packages/husqy/test/vendor-openapi/update.mjs <commit> [--git-dir <path>]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const REPOSITORY = process.env.HUSQY_VENDOR_REPOSITORY ?? "https://github.com/husqybot/husqybot.github.io.git";
const here = dirname(fileURLToPath(import.meta.url));
const [commit, flag, localGitDir] = process.argv.slice(2);

if (!/^[0-9a-f]{40}$/.test(commit ?? "") || (flag !== undefined && (flag !== "--git-dir" || !localGitDir))) {
  console.error("usage: node update.mjs <40-hex commit> [--git-dir <path to a clone>]");
  process.exit(2);
}

let gitDir = localGitDir;
let scratch;
if (!gitDir) {
  scratch = mkdtempSync(join(tmpdir(), "husqy-vendor-"));
  gitDir = join(scratch, "repo.git");
  execFileSync("git", ["init", "--bare", "--quiet", gitDir]);
  // The whole tree at one commit is a few MB: a shallow fetch of that commit is enough.
  execFileSync("git", ["--git-dir", gitDir, "fetch", "--quiet", "--depth=1", REPOSITORY, commit], { stdio: "inherit" });
}
const git = (...args) => execFileSync("git", ["--git-dir", gitDir, ...args], { maxBuffer: 64 << 20 });

try {
  const files = git("ls-tree", "-r", "--name-only", commit, "--", "openapi/").toString().split("\n").filter(Boolean);
  if (files.length === 0) throw new Error(`no files under openapi/ at ${commit}`);
  // Drop the old fixtures (every folder here), keep README.md and this script.
  for (const entry of readdirSync(here, { withFileTypes: true })) {
    if (entry.isDirectory()) rmSync(join(here, entry.name), { recursive: true });
  }
  for (const file of files) {
    const target = join(here, file.slice("openapi/".length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git("show", `${commit}:${file}`));
  }
  const readme = join(here, "README.md");
  writeFileSync(readme, readFileSync(readme, "utf8").replace(/[0-9a-f]{40}/g, commit));
  console.log(`${files.length} file(s) from ${commit}; now run: pnpm --filter @api-clients/husqy exec vitest run test/vendor-drift`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
