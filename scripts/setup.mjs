#!/usr/bin/env node
// `npm run setup`: everything a fresh machine needs, then the full build.
// Runs under plain npm because pnpm is not there yet: corepack's pnpm download
// fails its signature check on this machine kind, so the pinned pnpm comes
// from npm (see ../shared/toolchain.md).
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";

const run = (command) => {
  console.log(`> ${command}`);
  execSync(command, { stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } });
};
const pinned = JSON.parse(readFileSync("package.json", "utf8")).packageManager.split("@")[1];
let installed = "";
try {
  installed = execSync("pnpm --version", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
} catch {}
if (installed !== pinned) run(`npm install --global pnpm@${pinned}`);
run(process.env.CI ? "pnpm install --frozen-lockfile" : "pnpm install");
run("pnpm build");
console.log("\nDone. Docs: packages/docs/dist/index.html (open it in a browser; it works offline).");
