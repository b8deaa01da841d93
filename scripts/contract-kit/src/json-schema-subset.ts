// Structural subschema check: is every instance of schema A valid against
// schema B? Works on single-type alternatives (json-schema-alternatives.ts)
// and collects every reason it finds, each at a field path such as
// `answers[].emoji_id` (`[]` an array's items, `{*}` a map's values, "" the
// whole value).
//
// Two readings keep it useful for comparing specs that leave objects open:
// - An object is taken to hold only the properties its schema declares (plus
//   what an explicit `additionalProperties` schema allows): a property B
//   requires that A does not declare is missing from A's instances, and one A
//   declares that B does not is reported as such (`undeclared: "ignore"` turns
//   the latter off). An object schema that declares nothing (`type: object`
//   alone, or no schema) accepts any object.
// - A union in B (anyOf/oneOf, or several types) is satisfied when each of
//   A's alternatives fits one of B's; otherwise the closest one explains why.
//   This can miss that A fits a union of two object shapes only together;
//   the sample cross-check (schema-cross-check.ts) backs it up.
// `context` hides readOnly properties in requests and writeOnly ones in responses.
import {
  type Alternative,
  alternatives,
  type Bound,
  type JsonType,
  jsonTypeOf,
  type SchemaNode,
  TYPE_ORDER,
  UnsupportedSchemaError,
} from "./json-schema-alternatives.js";

export type SchemaDifference = { path: string; message: string };
export type SubsetOptions = {
  context?: "request" | "response";
  undeclared?: "report" | "ignore";
  /** How messages name A and B, e.g. ["vendor", "ours"]. */
  names?: [string, string];
};

const byType = (a: string, b: string) => TYPE_ORDER.indexOf(a.split(" ")[0] as JsonType) - TYPE_ORDER.indexOf(b.split(" ")[0] as JsonType);
export const fieldPath = (path: string, key: string) => (path ? `${path}.${key}` : key);
const show = (value: unknown) => JSON.stringify(value);
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function subschemaDifferences(a: SchemaNode, b: SchemaNode, options: SubsetOptions = {}): SchemaDifference[] {
  const [A, B] = options.names ?? ["A", "B"];
  const inProgress = new Set<string>();
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (schema: unknown) => {
    if (typeof schema !== "object" || schema === null) return String(schema);
    if (!ids.has(schema)) ids.set(schema, ++lastId);
    return String(ids.get(schema));
  };
  const id = (node: SchemaNode) => node.map(({ schema }) => idOf(schema)).join("&");

  function check(x: SchemaNode, y: SchemaNode, path: string): SchemaDifference[] {
    const key = `${id(x)}|${id(y)}`;
    if (inProgress.has(key)) return []; // a recursive schema: assume what is being proved
    inProgress.add(key);
    try {
      return compare(alternatives(x), alternatives(y), path);
    } catch (error) {
      if (error instanceof UnsupportedSchemaError) return [{ path, message: `cannot compare: ${error.message}` }];
      throw error;
    } finally {
      inProgress.delete(key);
    }
  }

  function compare(xs: Alternative[], ys: Alternative[], path: string): SchemaDifference[] {
    const found: SchemaDifference[] = [];
    const missing = new Set<string>();
    for (const x of xs) {
      const candidates = ys.filter((y) => y.type === x.type || (x.type === "integer" && y.type === "number"));
      if (candidates.length === 0) {
        missing.add(x.values ? `${x.type} ${x.values.map(show).join("|")}` : x.type);
        continue;
      }
      let best: SchemaDifference[] | undefined;
      for (const y of candidates) {
        const reasons = fits(x, y, path);
        if (!best || reasons.length < best.length) best = reasons;
        if (reasons.length === 0) break;
      }
      found.push(...best!);
    }
    if (missing.size > 0) {
      const theirs = TYPE_ORDER.filter((type) => ys.some((y) => y.type === type)).join(" | ") || "nothing";
      found.unshift({ path, message: `${A} allows ${[...missing].sort(byType).join(" | ")}; ${B} only ${theirs}` });
    }
    return found.filter((d, i) => found.findIndex((e) => e.path === d.path && e.message === d.message) === i);
  }

  /** Why instances of alternative x may fail alternative y (same JSON type, or integer in number). */
  function fits(x: Alternative, y: Alternative, path: string): SchemaDifference[] {
    const found: SchemaDifference[] = [];
    const say = (message: string, at = path) => found.push({ path: at, message });
    const finite = x.values ?? (x.type === "boolean" ? [true, false] : x.type === "null" ? [null] : undefined);
    if (y.values && !finite) {
      say(`${B} allows only ${y.values.map(show).join(", ")}; ${A} any ${x.type}`);
      return found;
    }
    if (finite) {
      const refused = finite.filter((value) => !valueFits(value, y));
      if (refused.length > 0) say(`${A} allows ${refused.map(show).join(", ")}; ${B} does not`);
      return found;
    }
    if (x.type === "string") {
      if ((y.minLength ?? 0) > (x.minLength ?? 0)) say(`${B} has minLength ${y.minLength}; ${A} ${x.minLength ?? "none"}`);
      if (y.maxLength !== undefined && !(x.maxLength! <= y.maxLength))
        say(`${B} has maxLength ${y.maxLength}; ${A} ${x.maxLength ?? "none"}`);
      for (const pattern of y.patterns.filter((p) => !x.patterns.includes(p)))
        say(`${B} has pattern ${pattern}; ${A} ${x.patterns.join(", ") || "none"}`);
      for (const format of y.formats.filter((f) => !x.formats.includes(f)))
        say(`${B} has format ${format}; ${A} ${x.formats.join(", ") || "none"}`);
    } else if (x.type === "integer" || x.type === "number") {
      const integer = x.type === "integer";
      if (!within(bound(x.lower, integer, 1), bound(y.lower, integer, 1), 1))
        say(`${B} has ${describe(y.lower, ">")}; ${A} ${describe(x.lower, ">")}`);
      if (!within(bound(x.upper, integer, -1), bound(y.upper, integer, -1), -1))
        say(`${B} has ${describe(y.upper, "<")}; ${A} ${describe(x.upper, "<")}`);
      for (const m of y.multipleOf) {
        if (!(integer && m === 1) && !x.multipleOf.some((n) => Number.isInteger(n / m))) say(`${B} has multipleOf ${m}; ${A} does not`);
      }
    } else if (x.type === "array") {
      if ((y.minItems ?? 0) > (x.minItems ?? 0)) say(`${B} has minItems ${y.minItems}; ${A} ${x.minItems ?? "none"}`);
      if (y.maxItems !== undefined && !(x.maxItems! <= y.maxItems)) say(`${B} has maxItems ${y.maxItems}; ${A} ${x.maxItems ?? "none"}`);
      if (y.uniqueItems && !x.uniqueItems) say(`${B} has uniqueItems; ${A} does not`);
      if (x.maxItems !== 0) found.push(...check(x.items ?? [], y.items ?? [], `${path}[]`));
    } else if (x.type === "object") {
      found.push(...objectFits(x, y, path));
    }
    return found;
  }

  function objectFits(x: Alternative, y: Alternative, path: string): SchemaDifference[] {
    const found: SchemaDifference[] = [];
    const say = (message: string, at: string) => found.push({ path: at, message });
    const hidden = (alt: Alternative) =>
      options.context === "request" ? alt.readOnly : options.context === "response" ? alt.writeOnly : [];
    const declared = (alt: Alternative) => {
      const names = new Set([...Object.keys(alt.properties), ...alt.required]);
      for (const name of hidden(alt)) names.delete(name);
      return names;
    };
    const xNames = declared(x);
    const yNames = declared(y);
    const freeForm = Object.keys(y.properties).length === 0 && y.required.length === 0 && y.additional === undefined;
    if (freeForm) return found;
    for (const name of xNames) {
      const at = fieldPath(path, name);
      const node = x.properties[name] ?? [];
      if (yNames.has(name)) found.push(...check(node, y.properties[name] ?? [], at));
      else if (y.additional === false) say(`${A} allows it; ${B} forbids other properties`, at);
      else if (y.additional) found.push(...check(node, y.additional, at));
      else if (options.undeclared !== "ignore") say(`${A} declares it; ${B} does not`, at);
    }
    for (const name of y.required.filter((n) => yNames.has(n) && !x.required.includes(n))) {
      say(xNames.has(name) ? `optional in ${A}; required in ${B}` : `${B} requires it; ${A} does not declare it`, fieldPath(path, name));
    }
    if (x.additional) {
      const at = `${path}{*}`;
      if (y.additional === false) say(`${A} allows other properties; ${B} forbids them`, at);
      else if (y.additional) found.push(...check(x.additional, y.additional, at));
      else if (options.undeclared !== "ignore") say(`${A} allows other properties; ${B} declares none`, at);
    }
    return found;
  }

  return check(a, b, "");
}

/** A bound as an inclusive integer where the type is integer. */
function bound(b: Bound | undefined, integer: boolean, direction: 1 | -1): Bound | undefined {
  if (!b || !integer) return b;
  const value =
    direction === 1
      ? b.exclusive
        ? Math.floor(b.value) + 1
        : Math.ceil(b.value)
      : b.exclusive
        ? Math.ceil(b.value) - 1
        : Math.floor(b.value);
  return { value, exclusive: false };
}

/** Is bound x at least as strict as y (lower: direction 1, upper: -1)? */
function within(x: Bound | undefined, y: Bound | undefined, direction: 1 | -1): boolean {
  if (!y) return true;
  if (!x) return false;
  if (x.value !== y.value) return (x.value - y.value) * direction > 0;
  return x.exclusive || !y.exclusive;
}

const describe = (b: Bound | undefined, sign: ">" | "<") => (b ? `${sign}${b.exclusive ? "" : "="} ${b.value}` : "no bound");

/** Does a value of x's finite list fit alternative y (scalar keywords only)? */
function valueFits(value: unknown, y: Alternative): boolean {
  if (!jsonTypeOf(value).includes(y.type)) return false;
  if (y.values) return y.values.some((w) => equal(value, w));
  if (typeof value === "string") {
    const length = [...value].length;
    if (length < (y.minLength ?? 0) || length > (y.maxLength ?? Number.POSITIVE_INFINITY)) return false;
    return y.patterns.every((pattern) => new RegExp(pattern, "u").test(value));
  }
  if (typeof value === "number") {
    const above = !y.lower || value > y.lower.value || (value === y.lower.value && !y.lower.exclusive);
    const below = !y.upper || value < y.upper.value || (value === y.upper.value && !y.upper.exclusive);
    return above && below && y.multipleOf.every((m) => Number.isInteger(value / m));
  }
  return true;
}
