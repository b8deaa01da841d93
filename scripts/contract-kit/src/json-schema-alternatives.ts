// Splits a JSON Schema, as OpenAPI 3.0 and 3.1 documents write it, into
// single-type alternatives: the instances the schema accepts are exactly the
// union of its alternatives' instances. `$ref` (local to the schema's
// document) is followed, `allOf` intersects, `anyOf` and `oneOf` unite (oneOf
// read as anyOf), type arrays and OpenAPI 3.0's `nullable: true` add types,
// and `enum`/`const` become a value list. Keywords this model cannot express
// (`not`, conditionals, patternProperties, …) throw UnsupportedSchemaError, so
// that a comparison built on it never passes silently.

export type JsonType = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";
/** The order types are listed in messages. */
export const TYPE_ORDER: JsonType[] = ["boolean", "integer", "number", "string", "array", "object", "null"];
/** A schema and the document its `$ref`s resolve in. */
export type SchemaRef = { schema: unknown; root: unknown };
/** Schemas that must all hold (an implicit allOf); `[]` accepts everything. */
export type SchemaNode = readonly SchemaRef[];
export type Bound = { value: number; exclusive: boolean };

export type Alternative = {
  type: JsonType;
  /** The only values allowed (from enum/const), when the schema lists them. */
  values?: unknown[] | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  patterns: string[];
  formats: string[];
  lower?: Bound | undefined;
  upper?: Bound | undefined;
  multipleOf: number[];
  items?: SchemaNode | undefined;
  minItems?: number | undefined;
  maxItems?: number | undefined;
  uniqueItems?: boolean | undefined;
  properties: Record<string, SchemaNode>;
  required: string[];
  /** undefined: the schema says nothing about other properties; false: forbidden; a node: their schema. */
  additional?: SchemaNode | false | undefined;
  readOnly: string[];
  writeOnly: string[];
};

export class UnsupportedSchemaError extends Error {}

const ANY_TYPES: JsonType[] = ["null", "boolean", "number", "string", "array", "object"];
const UNSUPPORTED = [
  "not",
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "patternProperties",
  "propertyNames",
  "contains",
  "minContains",
  "maxContains",
  "prefixItems",
  "unevaluatedProperties",
  "unevaluatedItems",
  "minProperties",
  "maxProperties",
  "$dynamicRef",
  "$recursiveRef",
];
const VALIDATING = [
  "type",
  "enum",
  "const",
  "allOf",
  "anyOf",
  "oneOf",
  "nullable",
  ...["minLength", "maxLength", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  ...["items", "minItems", "maxItems", "uniqueItems", "properties", "required", "additionalProperties"],
];

export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) throw new UnsupportedSchemaError(`non-local $ref ${ref}`);
  return ref
    .slice(1)
    .split("/")
    .slice(1)
    .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<any>((node, key) => {
      if (node === undefined || !(key in node)) throw new UnsupportedSchemaError(`unresolvable $ref ${ref}`);
      return node[key];
    }, root);
}

/** Follows `$ref`s until a schema without one (siblings of a `$ref` are ignored here). */
export function derefSchema({ schema, root }: SchemaRef): any {
  let current: any = schema;
  for (let hops = 0; current && typeof current === "object" && typeof current.$ref === "string"; hops++) {
    if (hops > 64) throw new UnsupportedSchemaError(`$ref cycle at ${current.$ref}`);
    current = resolvePointer(root, current.$ref);
  }
  return current;
}

export function alternatives(node: SchemaNode): Alternative[] {
  return intersectAll(node.map(alternativesOf));
}

// Per document, per schema object: the same schema object may sit in two documents with different $defs.
const cache = new WeakMap<object, WeakMap<object, Alternative[]>>();

function alternativesOf({ schema, root }: SchemaRef): Alternative[] {
  if (schema === true || schema === undefined) return ANY_TYPES.map(blank);
  if (schema === false) return [];
  if (typeof schema !== "object" || schema === null) throw new UnsupportedSchemaError(`not a schema: ${JSON.stringify(schema)}`);
  const rootKey = typeof root === "object" && root !== null ? root : cache;
  if (!cache.has(rootKey)) cache.set(rootKey, new WeakMap());
  const cached = cache.get(rootKey)!.get(schema);
  if (cached) return cached;
  const s = schema as Record<string, any>;
  let result: Alternative[];
  if (typeof s.$ref === "string") {
    const { $ref, ...rest } = s;
    const target = alternativesOf({ schema: resolvePointer(root, $ref), root });
    result = VALIDATING.some((key) => key in rest) ? intersectAll([target, alternativesOf({ schema: rest, root })]) : target;
  } else {
    const unsupported = UNSUPPORTED.filter((key) => key in s);
    if (unsupported.length > 0) throw new UnsupportedSchemaError(`unsupported keyword ${unsupported.join(", ")}`);
    const types: JsonType[] = s.type === undefined ? [...ANY_TYPES] : [s.type].flat();
    if (s.nullable === true && s.type !== undefined && !types.includes("null")) types.push("null");
    result = types.map((type) => own(type, s, root));
    const values = "const" in s ? [s.const] : s.enum;
    if (Array.isArray(values)) result = result.flatMap((alt) => withValues(alt, values));
    for (const part of s.allOf ?? []) result = intersectAll([result, alternativesOf({ schema: part, root })]);
    for (const union of [s.anyOf, s.oneOf]) {
      if (Array.isArray(union)) result = intersectAll([result, union.flatMap((part) => alternativesOf({ schema: part, root }))]);
    }
  }
  cache.get(rootKey)!.set(schema, result);
  return result;
}

function blank(type: JsonType): Alternative {
  return { type, patterns: [], formats: [], multipleOf: [], properties: {}, required: [], readOnly: [], writeOnly: [] };
}

/** The keywords of `s` that constrain instances of `type`. */
function own(type: JsonType, s: Record<string, any>, root: unknown): Alternative {
  const alt = blank(type);
  if (type === "string") {
    alt.minLength = s.minLength;
    alt.maxLength = s.maxLength;
    if (typeof s.pattern === "string") alt.patterns.push(s.pattern);
    if (typeof s.format === "string") alt.formats.push(s.format);
  } else if (type === "integer" || type === "number") {
    const exclusiveFlag = (flag: unknown, value: unknown) => (typeof flag === "boolean" ? flag && typeof value === "number" : false);
    if (typeof s.minimum === "number") alt.lower = { value: s.minimum, exclusive: exclusiveFlag(s.exclusiveMinimum, s.minimum) };
    if (typeof s.exclusiveMinimum === "number") alt.lower = tighter(alt.lower, { value: s.exclusiveMinimum, exclusive: true }, 1);
    if (typeof s.maximum === "number") alt.upper = { value: s.maximum, exclusive: exclusiveFlag(s.exclusiveMaximum, s.maximum) };
    if (typeof s.exclusiveMaximum === "number") alt.upper = tighter(alt.upper, { value: s.exclusiveMaximum, exclusive: true }, -1);
    if (typeof s.multipleOf === "number") alt.multipleOf.push(s.multipleOf);
  } else if (type === "array") {
    if (Array.isArray(s.items)) throw new UnsupportedSchemaError("tuple items");
    if (s.items !== undefined) alt.items = [{ schema: s.items, root }];
    alt.minItems = s.minItems;
    alt.maxItems = s.maxItems;
    alt.uniqueItems = s.uniqueItems === true || undefined;
  } else if (type === "object") {
    for (const [name, property] of Object.entries<any>(s.properties ?? {})) {
      alt.properties[name] = [{ schema: property, root }];
      const resolved = { ...derefSchema({ schema: property, root }), ...property };
      if (resolved.readOnly === true) alt.readOnly.push(name);
      if (resolved.writeOnly === true) alt.writeOnly.push(name);
    }
    alt.required = [...(s.required ?? [])];
    if (s.additionalProperties === false) alt.additional = false;
    else if (s.additionalProperties !== undefined)
      alt.additional = s.additionalProperties === true ? [] : [{ schema: s.additionalProperties, root }];
  }
  return alt;
}

export function jsonTypeOf(value: unknown): JsonType[] {
  if (value === null) return ["null"];
  if (Array.isArray(value)) return ["array"];
  if (typeof value === "number") return Number.isInteger(value) ? ["integer", "number"] : ["number"];
  return [typeof value as JsonType];
}

function withValues(alt: Alternative, values: unknown[]): Alternative[] {
  const fitting = values.filter((value) => jsonTypeOf(value).includes(alt.type));
  return fitting.length > 0 ? [{ ...alt, values: fitting }] : [];
}

/** The stricter of two bounds; `direction` 1 for lower bounds, -1 for upper. */
function tighter(a: Bound | undefined, b: Bound | undefined, direction: 1 | -1): Bound | undefined {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return (a.value - b.value) * direction > 0 ? a : b;
  return a.exclusive ? a : b;
}

const both = <T>(a: T | undefined, b: T | undefined, pick: (x: T, y: T) => T) => (a === undefined ? b : b === undefined ? a : pick(a, b));
const conjoin = (a: SchemaNode | undefined, b: SchemaNode | undefined) => both(a, b, (x, y) => [...x, ...y]);
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function intersect(x: Alternative, y: Alternative): Alternative | undefined {
  let type: JsonType;
  if (x.type === y.type) type = x.type;
  else if ([x.type, y.type].every((t) => t === "integer" || t === "number")) type = "integer";
  else return undefined;
  const values = both(x.values, y.values, (a, b) => a.filter((v) => b.some((w) => equal(v, w))))?.filter((v) =>
    jsonTypeOf(v).includes(type),
  );
  if (values && values.length === 0) return undefined;
  const properties: Record<string, SchemaNode> = { ...x.properties };
  for (const [name, node] of Object.entries(y.properties)) properties[name] = conjoin(properties[name], node)!;
  const additional = x.additional === false || y.additional === false ? false : conjoin(x.additional, y.additional);
  return {
    type,
    values,
    minLength: both(x.minLength, y.minLength, Math.max),
    maxLength: both(x.maxLength, y.maxLength, Math.min),
    patterns: [...x.patterns, ...y.patterns],
    formats: [...new Set([...x.formats, ...y.formats])],
    lower: tighter(x.lower, y.lower, 1),
    upper: tighter(x.upper, y.upper, -1),
    multipleOf: [...x.multipleOf, ...y.multipleOf],
    items: conjoin(x.items, y.items),
    minItems: both(x.minItems, y.minItems, Math.max),
    maxItems: both(x.maxItems, y.maxItems, Math.min),
    uniqueItems: x.uniqueItems || y.uniqueItems || undefined,
    properties,
    required: [...new Set([...x.required, ...y.required])],
    additional,
    readOnly: [...new Set([...x.readOnly, ...y.readOnly])],
    writeOnly: [...new Set([...x.writeOnly, ...y.writeOnly])],
  };
}

function intersectAll(lists: Alternative[][]): Alternative[] {
  let result: Alternative[] = ANY_TYPES.map(blank);
  for (const list of lists) {
    result = result.flatMap((x) => list.flatMap((y) => intersect(x, y) ?? []));
  }
  return result;
}

/** The JSON types a schema allows, arrays with their items' types (`array<string>`), sorted. */
export function typeSummary(node: SchemaNode, depth = 0): string[] {
  const names = alternatives(node).map((alt) =>
    alt.type === "array" && depth < 4 ? `array<${typeSummary(alt.items ?? [], depth + 1).join(" | ")}>` : alt.type,
  );
  return [...new Set(names)].sort();
}
