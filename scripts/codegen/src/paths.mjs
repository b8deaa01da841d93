// Where a spec and its package live. Every command takes the API's name and
// resolves paths from the repository root, so it works from any package dir.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** @param {string} api */
export function apiPaths(api) {
  if (!/^[a-z][a-z0-9-]*$/.test(api)) {
    throw new TypeError(`API name must be lowercase letters, digits and dashes; got ${JSON.stringify(api)}`);
  }
  const specRoot = join(repoRoot, "specs", api, "openapi.yaml");
  if (!existsSync(specRoot)) throw new Error(`No spec for "${api}": ${specRoot} does not exist`);
  const generatedDir = join(repoRoot, "packages", api, "src", "generated");
  return {
    specRoot,
    specRelative: `specs/${api}/openapi.yaml`,
    generatedDir,
    bundled: join(generatedDir, "openapi.json"),
    schemaTs: join(generatedDir, "schema.ts"),
    metadataTs: join(generatedDir, "metadata.ts"),
    operationsTs: join(generatedDir, "operations.ts"),
  };
}

export const redoclyConfig = join(repoRoot, "redocly.yaml");
export const extensionsSchema = join(repoRoot, "specs", "extensions.schema.json");
