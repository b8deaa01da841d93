// TypeScript types for a bundled spec, by openapi-typescript. The output goes
// to src/generated/schema.ts (a .ts, not a .d.ts, so that builds copy it).
import openapiTS, { astToString } from "openapi-typescript";

/** @param {any} document bundled spec @param {string} specRelative for the header */
export async function generateTypes(document, specRelative) {
  const ast = await openapiTS(structuredClone(document), {
    // Responses' readOnly fields stay readable; request bodies may omit them.
    // `exactOptionalPropertyTypes`-style precision is not needed by consumers.
    alphabetize: false,
    immutable: false,
  });
  return `${header(specRelative)}${astToString(ast)}`;
}

/** @param {string} specRelative */
export function header(specRelative) {
  return `// Generated from ${specRelative} by @api-clients/codegen. Do not edit: run \`pnpm generate\`.\n\n`;
}
