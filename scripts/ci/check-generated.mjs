#!/usr/bin/env node
// Generated files are committed and must be reproducible: after `pnpm build`
// regenerated them, git must see no change and no new file under any
// src/generated/ folder. Run by .ci/run; locally, run it after committing.
import { execFileSync } from "node:child_process";

const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ":(glob)packages/*/src/generated/**"], {
  encoding: "utf8",
}).trim();
if (changed) {
  console.error(`Regenerating changed committed files (run \`pnpm generate\` and commit the result):\n${changed}`);
  execFileSync("git", ["--no-pager", "diff", "--stat", "--", ":(glob)packages/*/src/generated/**"], { stdio: "inherit" });
  process.exit(1);
}
console.log("generated files: reproducible (no diff after regeneration)");
