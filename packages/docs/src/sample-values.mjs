// The values a sample passes: the spec's own examples first (a parameter's
// `example`/`examples`, the request body's `example`/`examples`, a schema's
// `example`/`examples`/`const`/`default`/`enum`), else a placeholder derived
// from the schema, so that every sample reads like a real call.
import { deref } from "@api-clients/codegen";

const STRING_FORMATS = {
  "date-time": "2024-01-31T12:00:00Z",
  date: "2024-01-31",
  time: "12:00:00",
  email: "user@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  hostname: "example.com",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
};
const MAX_DEPTH = 4;

/** The first of an `examples` map (OpenAPI, values under `.value`) or list (JSON Schema). */
function firstExample(document, examples) {
  if (Array.isArray(examples)) return examples[0];
  const first = Object.values(examples ?? {})[0];
  return first === undefined ? undefined : deref(document, first)?.value;
}

/** @param {any} document @param {any} parameter a dereferenced Parameter Object */
export function parameterValue(document, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const example = firstExample(document, parameter.examples);
  return example !== undefined ? example : schemaValue(document, parameter.schema, parameter.name);
}

/** Whether the spec gives this parameter a value of its own (not one made up from its type). */
export function hasExample(document, parameter) {
  const schema = deref(document, parameter.schema ?? {});
  return (
    parameter.example !== undefined || parameter.examples !== undefined || schema?.example !== undefined || schema?.examples !== undefined
  );
}

/** @param {any} document @param {any} media a Media Type Object */
export function bodyValue(document, media) {
  if (media.example !== undefined) return media.example;
  const example = firstExample(document, media.examples);
  return example !== undefined ? example : schemaValue(document, media.schema, "value");
}

/** @param {any} document @param {any} node a Schema Object or $ref @param {string} name what the value is called, for a string placeholder */
export function schemaValue(document, node, name, depth = 0) {
  const schema = deref(document, node ?? {}) ?? {};
  if (schema.example !== undefined) return schema.example;
  if (schema.examples !== undefined) return firstExample(document, schema.examples);
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum.find((value) => value !== null) ?? null;
  const choice = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(choice)) {
    const options = choice.map((option) => deref(document, option));
    return schemaValue(document, options.find((option) => option?.type !== "null") ?? options[0], name, depth);
  }
  if (Array.isArray(schema.allOf)) return mergeAll(schema.allOf.map((part) => schemaValue(document, part, name, depth)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type ?? (schema.properties ? "object" : undefined)) {
    case "string":
      return STRING_FORMATS[schema.format] ?? `<${name}>`;
    case "integer":
    case "number":
      return typeof schema.minimum === "number" && schema.minimum > 0 ? schema.minimum : 1;
    case "boolean":
      return true;
    case "array":
      return depth >= MAX_DEPTH ? [] : [schemaValue(document, schema.items, name, depth + 1)];
    case "object":
      return depth >= MAX_DEPTH ? {} : objectValue(document, schema, depth);
    default:
      return null;
  }
}

// The required properties, or every property when none is required: a body
// with nothing in it would show nothing of its shape.
function objectValue(document, schema, depth) {
  const properties = Object.entries(schema.properties ?? {}).filter(([, property]) => !deref(document, property)?.readOnly);
  const required = new Set(schema.required ?? []);
  const shown = properties.some(([key]) => required.has(key)) ? properties.filter(([key]) => required.has(key)) : properties;
  return Object.fromEntries(shown.map(([key, property]) => [key, schemaValue(document, property, key, depth + 1)]));
}

function mergeAll(values) {
  const objects = values.filter((value) => value && typeof value === "object" && !Array.isArray(value));
  return objects.length === values.length ? Object.assign({}, ...objects) : values[0];
}
