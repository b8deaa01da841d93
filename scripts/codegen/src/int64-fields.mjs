// Which request fields hold 64-bit integers (`type: integer` with
// `x-int64: true`, e.g. Discord snowflakes; not `format: int64`, because
// Prism's request validator refuses int64 values above 2^53, which real
// snowflakes are). The middleware sends those exactly from a string or
// bigint, by field name, so a name must mean the same thing everywhere: an
// int64 `guild_id` in one body and a plain integer `guild_id` in another
// would make the client convert the wrong one. checkSpec reports such clashes.
import { deref, listOperations } from "./spec-operations.mjs";

/** @param {any} schema */
export function isInt64Schema(schema) {
  const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
  return types.includes("integer") && schema?.["x-int64"] === true;
}

/**
 * @param {any} document bundled spec
 * @returns {{ int64Fields: string[], clashes: string[] }}
 */
export function findInt64Fields(document) {
  const int64 = new Set();
  const other = new Map(); // name → where it is not int64
  const seen = new Set();

  /** Classifies the schema under one field name: int64, an array of int64, or something else. */
  function classify(name, schemaOrRef, where) {
    const schema = deref(document, schemaOrRef);
    const variants = [schema, ...(schema?.anyOf ?? []), ...(schema?.oneOf ?? [])].map((s) => deref(document, s));
    const items = variants.flatMap((s) => (s?.items ? [deref(document, s.items)] : []));
    if ([...variants, ...items].some(isInt64Schema)) int64.add(name);
    else if (variants.some((s) => scalar(s))) other.set(name, where);
    walk(schema, where);
  }

  /** Visits the properties of an object schema (and of its combinations), once per schema. */
  function walk(schemaOrRef, where) {
    const schema = deref(document, schemaOrRef);
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    for (const [name, property] of Object.entries(schema.properties ?? {})) classify(name, property, where);
    for (const part of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) walk(part, where);
    if (schema.items) walk(schema.items, where);
  }

  for (const { method, path, operation } of listOperations(document)) {
    const where = `${method} ${path}`;
    for (const parameterOrRef of operation.parameters ?? []) {
      const parameter = deref(document, parameterOrRef);
      if (parameter.in === "query" || parameter.in === "path") classify(parameter.name, parameter.schema, where);
    }
    const body = deref(document, operation.requestBody);
    for (const media of Object.values(body?.content ?? {})) walk(media.schema, where);
  }
  const clashes = [...other]
    .filter(([name]) => int64.has(name))
    .map(([name, where]) => `"${name}" is an int64 request field elsewhere but not in ${where}`);
  return { int64Fields: [...int64].sort(), clashes };
}

function scalar(schema) {
  const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
  return types.some((type) => type === "integer" || type === "string" || type === "number");
}
