// Mocks serve the bundled document that `pnpm generate` writes into the package.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** @param {string} api */
export function bundledSpecPath(api) {
  if (!/^[a-z][a-z0-9-]*$/.test(api)) throw new TypeError(`Unknown API name ${JSON.stringify(api)}`);
  const path = join(repoRoot, "packages", api, "src", "generated", "openapi.json");
  if (!existsSync(path)) {
    throw new Error(`No bundled spec for "${api}" at ${path}: run \`pnpm build\` (or \`pnpm generate\`) first`);
  }
  return path;
}
