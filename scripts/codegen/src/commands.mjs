// The two steps a spec goes through: lint it, then generate its package's files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { checkSpec } from "./check-spec.mjs";
import { generateMetadata } from "./generate-metadata.mjs";
import { generateNamedOperations } from "./generate-named-operations.mjs";
import { generateTypes } from "./generate-types.mjs";
import { apiPaths, redoclyConfig } from "./paths.mjs";
import { runRedocly } from "./run-redocly.mjs";

/** redocly lint with the repo's strict ruleset. @param {string} api */
export function lintSpec(api) {
  const { specRoot } = apiPaths(api);
  runRedocly(["lint", specRoot, "--config", redoclyConfig, "--format", "stylish"]);
}

/** Bundle, check the house style, then write schema.ts and metadata.ts. @param {string} api */
export async function generate(api) {
  const paths = apiPaths(api);
  mkdirSync(paths.generatedDir, { recursive: true });
  runRedocly(["bundle", paths.specRoot, "--config", redoclyConfig, "--ext", "json", "-o", paths.bundled], { quiet: true });
  const document = JSON.parse(readFileSync(paths.bundled, "utf8"));
  // Re-serialize so the bundle's formatting does not depend on redocly's version.
  writeFileSync(paths.bundled, `${JSON.stringify(document, null, 2)}\n`);

  const problems = checkSpec(document);
  if (problems.length > 0) {
    throw new Error(`${paths.specRelative} breaks the house style:\n  - ${problems.join("\n  - ")}`);
  }
  writeFileSync(paths.schemaTs, await generateTypes(document, paths.specRelative));
  writeFileSync(paths.metadataTs, generateMetadata(api, document, paths.specRelative));
  writeFileSync(paths.operationsTs, generateNamedOperations(document, paths.specRelative));
  console.log(`generated ${api}: openapi.json, schema.ts, metadata.ts, operations.ts`);
}
