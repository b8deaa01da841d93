// TypeScript types for a bundled spec, by openapi-typescript. The output goes
// to src/generated/schema.ts (a .ts, not a .d.ts, so that builds copy it).
import openapiTS, { astToString, NULL, NUMBER, STRING, tsUnion } from "openapi-typescript";
import ts from "typescript";
import { isInt64Schema } from "./int64-fields.mjs";

// A 64-bit integer (`x-int64: true`, e.g. a Discord snowflake) may be above
// 2^53, where a number loses digits: requests take it as a decimal string or
// a bigint too, and the middleware sends it as an exact JSON integer.
const INT64 = tsUnion([STRING, ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword), NUMBER]);

/** @param {any} document bundled spec @param {string} specRelative for the header */
export async function generateTypes(document, specRelative) {
  const ast = await openapiTS(structuredClone(document), {
    // Responses' readOnly fields stay readable; request bodies may omit them.
    // `exactOptionalPropertyTypes`-style precision is not needed by consumers.
    alphabetize: false,
    immutable: false,
    transform(schema) {
      if (!isInt64Schema(schema)) return undefined;
      return Array.isArray(schema.type) && schema.type.includes("null") ? tsUnion([INT64, NULL]) : INT64;
    },
  });
  return `${header(specRelative)}${astToString(ast)}`;
}

/** @param {string} specRelative */
export function header(specRelative) {
  return `// Generated from ${specRelative} by @api-clients/codegen. Do not edit: run \`pnpm generate\`.\n\n`;
}
