// Instances of a schema, for cross-validating it against another one: a
// typical instance (every declared property, each with its first value),
// the required properties alone, and variations that each change one thing —
// one optional property left out, one field set to each of its other
// alternatives (null where allowed, the other types of a union, every enum
// value) or to a boundary value (empty, minimal, maximal and very long
// strings; 0, negative, above-2^53, fractional and bound numbers; empty and
// one-item arrays). Objects hold only their declared properties, as in the
// subschema check. A value that cannot be generated (a string with a pattern
// no candidate matches) is left out; callers drop samples their own
// validator refuses.
import { type Alternative, alternatives, type SchemaNode } from "./json-schema-alternatives.js";

export type SampleOptions = { context?: "request" | "response" };

const MAX_DEPTH = 10;
const MAX_PER_NODE = 400;
const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2026-03-25T07:48:04Z",
  date: "2026-03-25",
  time: "07:48:04Z",
  uri: "https://example.com/a",
  "uri-reference": "/a",
  url: "https://example.com/a",
  email: "someone@example.com",
  uuid: "123e4567-e89b-12d3-a456-426614174000",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
};

export function sampleInstances(node: SchemaNode, options: SampleOptions = {}): unknown[] {
  return variants(node, 0, options);
}

function variants(node: SchemaNode, depth: number, options: SampleOptions): unknown[] {
  if (depth > MAX_DEPTH) return [];
  let alts: Alternative[];
  try {
    alts = alternatives(node);
  } catch {
    return [];
  }
  // A typical value first: a non-null alternative, if there is one.
  alts = [...alts].sort((a, b) => Number(a.type === "null") - Number(b.type === "null"));
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const alt of alts) {
    for (const value of valuesOf(alt, depth, options)) {
      const key = JSON.stringify(value);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
  }
  return out.slice(0, MAX_PER_NODE);
}

function valuesOf(alt: Alternative, depth: number, options: SampleOptions): unknown[] {
  if (alt.values) return alt.values;
  switch (alt.type) {
    case "null":
      return [null];
    case "boolean":
      return [true, false];
    case "integer":
    case "number":
      return numbers(alt);
    case "string":
      return strings(alt);
    case "array":
      return arrays(alt, depth, options);
    case "object":
      return objects(alt, depth, options);
  }
}

function numbers(alt: Alternative): number[] {
  const integer = alt.type === "integer";
  const near = (value: number, step: number) => (integer ? Math.floor(value) + step : value + step / 2);
  const candidates = [integer ? 1 : 1.5, 0, integer ? -1 : -1.5, 2 ** 62, -(2 ** 62), ...alt.multipleOf];
  if (alt.lower) candidates.push(alt.lower.exclusive ? near(alt.lower.value, 1) : alt.lower.value);
  if (alt.upper) candidates.push(alt.upper.exclusive ? near(alt.upper.value, integer ? 0 : -1) : alt.upper.value);
  return candidates.filter((n) => {
    if (integer && !Number.isInteger(n)) return false;
    if (alt.lower && (n < alt.lower.value || (alt.lower.exclusive && n === alt.lower.value))) return false;
    if (alt.upper && (n > alt.upper.value || (alt.upper.exclusive && n === alt.upper.value))) return false;
    return alt.multipleOf.every((m) => Number.isInteger(n / m));
  });
}

function strings(alt: Alternative): string[] {
  const min = alt.minLength ?? 0;
  const candidates = alt.formats.length
    ? alt.formats.map((format) => FORMAT_SAMPLES[format] ?? "text")
    : ["text", "", "x".repeat(min), "x".repeat(alt.maxLength ?? 0), "x".repeat(5000), "123", ...Object.values(FORMAT_SAMPLES)];
  return candidates.filter((s) => {
    const length = [...s].length;
    if (length < min || length > (alt.maxLength ?? Number.POSITIVE_INFINITY)) return false;
    return alt.patterns.every((pattern) => new RegExp(pattern, "u").test(s));
  });
}

function arrays(alt: Alternative, depth: number, options: SampleOptions): unknown[][] {
  const items = alt.maxItems === 0 ? [] : variants(alt.items ?? [], depth + 1, options);
  const min = alt.minItems ?? 0;
  const max = alt.maxItems ?? Number.POSITIVE_INFINITY;
  const withItem = (item: unknown) => [item, ...Array.from({ length: Math.max(0, min - 1) }, () => items[0])];
  const out = items.map(withItem);
  if (min === 0) out.splice(1, 0, []);
  return out.filter(
    (array) => array.length <= max && (!alt.uniqueItems || new Set(array.map((v) => JSON.stringify(v))).size === array.length),
  );
}

function objects(alt: Alternative, depth: number, options: SampleOptions): Record<string, unknown>[] {
  const hidden = options.context === "request" ? alt.readOnly : options.context === "response" ? alt.writeOnly : [];
  const names = [...new Set([...Object.keys(alt.properties), ...alt.required])].filter((name) => !hidden.includes(name));
  const values = new Map(names.map((name) => [name, variants(alt.properties[name] ?? (alt.additional || []), depth + 1, options)]));
  if (alt.required.some((name) => names.includes(name) && values.get(name)!.length === 0)) return [];
  const typical = Object.fromEntries(names.flatMap((name) => (values.get(name)!.length ? [[name, values.get(name)![0]]] : [])));
  const out: Record<string, unknown>[] = [typical];
  out.push(Object.fromEntries(Object.entries(typical).filter(([name]) => alt.required.includes(name))));
  for (const name of names) {
    if (!alt.required.includes(name) && name in typical) out.push(Object.fromEntries(Object.entries(typical).filter(([n]) => n !== name)));
    for (const value of values.get(name)!.slice(1)) out.push({ ...typical, [name]: value });
  }
  if (names.length === 0 && alt.additional) {
    for (const value of variants(alt.additional, depth + 1, options)) out.push({ key: value });
  }
  return out;
}
