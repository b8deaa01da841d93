// A user's new project: an empty folder with a package.json, a .npmrc that
// sends the @api-clients scope to the local registry (everything else comes
// from the npm registry, as for any user), and whatever `npm install` puts
// there by name. Nothing from the workspace: it lives under the OS temp folder.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SCOPE } from "./local-registry.js";
import { attempt, type RunResult, run, userEnv } from "./run.js";

export interface FreshProject {
  dir: string;
  /** `npm <args>` in the project; rejects unless it exits with 0. */
  npm(...args: string[]): Promise<RunResult>;
  /** `npm <args>` in the project, whatever it exits with. */
  tryNpm(...args: string[]): Promise<RunResult>;
  /** `node <args>` in the project. */
  node(args: string[], env?: Record<string, string>): Promise<RunResult>;
  /** The project's own dependencies (dev ones too), as npm wrote them into its package.json. */
  dependencies(): Record<string, string>;
}

export function createFreshProject(dir: string, registryUrl: string): FreshProject {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "my-app", version: "1.0.0", private: true, type: "module" }, null, 2)}\n`,
  );
  writeFileSync(join(dir, ".npmrc"), `${SCOPE}:registry=${registryUrl}\n`);
  // prefer-offline: third-party packages may come from npm's cache without asking the npm registry
  // again. Ours never can: their metadata is cached per registry URL, and the port is new every run.
  const env = userEnv({ npm_config_prefer_offline: "true" });
  return {
    dir,
    npm: (...args) => run("npm", args, { cwd: dir, env }),
    tryNpm: (...args) => attempt("npm", args, { cwd: dir, env }),
    node: (args, extra = {}) => run(process.execPath, args, { cwd: dir, env: userEnv(extra), timeoutMs: 60_000 }),
    dependencies: () => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      return { ...manifest.devDependencies, ...manifest.dependencies };
    },
  };
}

/** Folders above `dir` that hold a node_modules Node would resolve from (there must be none). */
export function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    if (existsSync(join(parent, "node_modules"))) found.push(join(parent, "node_modules"));
    if (dirname(parent) === parent) return found;
  }
}

/** The arguments of the README's first `npm i …` line: how it tells a user to install the package. */
export function readmeInstall(readme: string): string[] | undefined {
  return readmeInstalls(readme)[0];
}

/** The arguments of each of the README's `npm i …` lines, in order (later ones add what a section's example needs, e.g. `-D msw@2 ajv`). */
export function readmeInstalls(readme: string): string[][] {
  return readFileSync(readme, "utf8")
    .split("\n")
    .filter((text) => /^npm (i|install) /.test(text))
    .map((line) => line.trim().split(/\s+/).slice(2));
}

/** The packages a source file imports (bare specifiers, node: builtins aside), by package name. */
export function importedPackages(source: string): string[] {
  const names = new Set<string>();
  for (const [, specifier] of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
    if (!specifier || specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) continue;
    const parts = specifier.split("/");
    names.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!);
  }
  return [...names].sort();
}

/** Every file an `exports` map points at (conditions and subpaths flattened). */
export function exportTargets(exportsField: unknown): string[] {
  if (typeof exportsField === "string") return [exportsField];
  if (exportsField && typeof exportsField === "object") return Object.values(exportsField).flatMap(exportTargets);
  return [];
}
