#!/usr/bin/env node
// `npm run setup`: everything a fresh machine needs, then the full build.
// Runs under plain npm because pnpm is not there yet: corepack's pnpm download
// fails its signature check on this machine kind, so the pinned pnpm comes
// from npm (CONTRIBUTING.md, "Toolchain"). System packages the tests need
// (Debian's chromium for the docs browser test, redis-server for the
// shared rate-limit store's tests) come from apt when we are root.
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const run = (command) => {
  console.log(`> ${command}`);
  execSync(command, { stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DEBIAN_FRONTEND: "noninteractive" } });
};
const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: "ignore", shell: "/bin/sh" });
    return true;
  } catch {
    return false;
  }
};

const systemPackages = [
  { name: "chromium", present: () => existsSync("/usr/bin/chromium") },
  { name: "redis-server", present: () => has("redis-server") },
];
const missing = systemPackages.filter((p) => !p.present()).map((p) => p.name);
if (missing.length > 0) {
  if (process.getuid?.() === 0 && has("apt-get")) {
    run("apt-get update -qq");
    run(`apt-get install -y -qq --no-install-recommends ${missing.join(" ")}`);
  } else {
    console.warn(`Not installed: ${missing.join(", ")}. Install them (Debian: apt-get install ${missing.join(" ")}) before \`pnpm test\`.`);
  }
}

const pinned = JSON.parse(readFileSync("package.json", "utf8")).packageManager.split("@")[1];
let installed = "";
try {
  installed = execSync("pnpm --version", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
} catch {}
if (installed !== pinned) run(`npm install --global pnpm@${pinned}`);
run(process.env.CI ? "pnpm install --frozen-lockfile" : "pnpm install");
run("pnpm build");
console.log("\nDone. Docs: packages/docs/dist/index.html (open it in a browser; it works offline).");
