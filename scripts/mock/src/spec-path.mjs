// Mocks serve the bundled document that `pnpm generate` writes into the package.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkApiName } from "./known-apis.mjs";
import { repoRoot } from "./repo-root.mjs";

/** @param {string} api */
export function bundledSpecPath(api) {
  checkApiName(api);
  const path = join(repoRoot, "packages", api, "src", "generated", "openapi.json");
  if (!existsSync(path)) {
    throw new Error(`No bundled spec for "${api}" at ${path}: run \`pnpm build\` (or \`pnpm generate\`) first`);
  }
  return path;
}
