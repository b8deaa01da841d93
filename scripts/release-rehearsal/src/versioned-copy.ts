// The repository as a maintainer's checkout on release day, in a throwaway
// folder: the tracked (and new, not ignored) files, installed with pnpm, the
// build outputs, a git history to tag, then `changeset version` committed.
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LocalRegistry, SCOPE } from "./local-registry.js";
import { run, userEnv } from "./run.js";

export interface PublicPackage {
  /** Folder name under packages/. */
  dir: string;
  name: string;
  /** The version `changeset version` gave it. */
  version: string;
  /** The version it had before. */
  previousVersion: string;
}

const manifest = (root: string, dir: string) => JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));

export function publicPackageDirs(root: string): string[] {
  return readdirSync(join(root, "packages")).filter(
    (dir) => existsSync(join(root, "packages", dir, "package.json")) && !manifest(root, dir).private,
  );
}

export async function createVersionedCopy(repoRoot: string, copy: string): Promise<PublicPackage[]> {
  const env = userEnv();
  // What a clone holds (as .ci/run copies it): tracked and new files, never node_modules or build output.
  await run(
    "bash",
    [
      "-c",
      `mkdir -p "$1" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$1"`,
      "copy",
      copy,
    ],
    { cwd: repoRoot, env },
  );
  // The maintainer's `pnpm install`; from pnpm's store, so it takes seconds. It also gives
  // `pnpm publish` the workspace links it reads to turn `workspace:^` into a version range.
  await run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline", "--ignore-scripts"], { cwd: copy, env });
  // `pnpm release` builds before it publishes. The build (tsup: dist/, turbo's only build output) does not
  // depend on the version field, and the test task depends on ^build, so the workspace's fresh dist/ is it.
  const before = new Map<string, string>();
  for (const dir of publicPackageDirs(copy)) {
    before.set(dir, manifest(copy, dir).version);
    cpSync(join(repoRoot, "packages", dir, "dist"), join(copy, "packages", dir, "dist"), { recursive: true });
  }
  const git = (...args: string[]) => run("git", args, { cwd: copy, env });
  await git("init", "-q", "-b", "main");
  await git("config", "user.email", "release-rehearsal@example.invalid");
  await git("config", "user.name", "release rehearsal");
  await git("config", "commit.gpgsign", "false");
  await git("config", "tag.gpgsign", "false");
  await git("add", "-A");
  await git("commit", "-qm", "before the release");
  await run("pnpm", ["exec", "changeset", "version"], { cwd: copy, env });
  await git("add", "-A");
  await git("commit", "-qm", "Version Packages");
  return [...before].map(([dir, previousVersion]) => ({
    dir,
    previousVersion,
    name: manifest(copy, dir).name,
    version: manifest(copy, dir).version,
  }));
}

/**
 * `changeset publish`, exactly as `pnpm release` runs it, with the registry
 * overridden the way changesets reads it (npm_config_<scope>:registry, also
 * read by pnpm publish) and the token in the copy's .npmrc.
 */
export async function publishCopy(copy: string, registry: LocalRegistry): Promise<string> {
  appendFileSync(join(copy, ".npmrc"), `\n${SCOPE}:registry=${registry.url}\n${registry.authLine}\n`);
  // Nothing else is published or looked up during a publish: every registry setting points here.
  const env = userEnv({ [`npm_config_${SCOPE}:registry`]: registry.url, npm_config_registry: registry.url });
  const { stdout, stderr } = await run("pnpm", ["exec", "changeset", "publish"], { cwd: copy, env });
  return `${stdout}${stderr}`;
}
