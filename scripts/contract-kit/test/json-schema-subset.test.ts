import { describe, expect, test } from "vitest";
import { type SchemaNode, subschemaDifferences, typeSummary } from "../src/index.js";

const node = (schema: unknown, root: unknown = {}): SchemaNode => [{ schema, root }];
const diff = (a: unknown, b: unknown, options = {}) => subschemaDifferences(node(a), node(b), options);
const paths = (a: unknown, b: unknown, options = {}) => diff(a, b, options).map((d) => d.path);

describe("subschemaDifferences: types", () => {
  test("a type array and OpenAPI 3.0's nullable both add null", () => {
    expect(diff({ type: ["integer", "null"] }, { type: "integer", nullable: true })).toEqual([]);
    expect(diff({ type: "integer", nullable: true }, { type: "integer" })).toEqual([
      { path: "", message: "A allows null; B only integer" },
    ]);
    expect(diff({ type: "integer" }, { anyOf: [{ type: "integer" }, { type: "null" }] })).toEqual([]);
  });
  test("integers are numbers, not the reverse", () => {
    expect(diff({ type: "integer" }, { type: "number" })).toEqual([]);
    expect(paths({ type: "number" }, { type: "integer" })).toEqual([""]);
  });
  test("no schema accepts everything, and everything is not a string", () => {
    expect(diff({ type: "string" }, {})).toEqual([]);
    expect(diff({}, { type: "string" })[0]!.message).toBe("A allows boolean | number | array | object | null; B only string");
  });
});

describe("subschemaDifferences: values and bounds", () => {
  test("enum and const", () => {
    expect(diff({ enum: ["a", "b"] }, { type: "string" })).toEqual([]);
    expect(diff({ const: "a" }, { enum: ["a", "b"] })).toEqual([]);
    expect(diff({ enum: ["a", "c"] }, { enum: ["a", "b"] })[0]!.message).toBe('A allows "c"; B does not');
    expect(diff({ type: "string" }, { enum: ["a"] })[0]!.message).toBe('B allows only "a"; A any string');
    expect(diff({ type: "boolean" }, { const: true })[0]!.message).toBe("A allows false; B does not");
  });
  test("string lengths, pattern and format", () => {
    expect(diff({ type: "string", maxLength: 10 }, { type: "string", maxLength: 20 })).toEqual([]);
    expect(diff({ type: "string" }, { type: "string", maxLength: 20 })[0]!.message).toBe("B has maxLength 20; A none");
    expect(diff({ type: "string", minLength: 0 }, { type: "string", minLength: 1 })[0]!.message).toBe("B has minLength 1; A 0");
    expect(diff({ type: "string" }, { type: "string", pattern: "^a" })[0]!.message).toBe("B has pattern ^a; A none");
    expect(diff({ type: "string", format: "date-time" }, { type: "string" })).toEqual([]);
    expect(diff({ type: "string" }, { type: "string", format: "date-time" })[0]!.message).toBe("B has format date-time; A none");
  });
  test("number bounds, exclusive ones and integer rounding", () => {
    expect(diff({ type: "integer", minimum: 0 }, { type: "integer" })).toEqual([]);
    expect(diff({ type: "integer" }, { type: "integer", minimum: 0 })[0]!.message).toBe("B has >= 0; A no bound");
    expect(diff({ type: "integer", minimum: 1 }, { type: "integer", exclusiveMinimum: 0 })).toEqual([]);
    expect(diff({ type: "number", minimum: 0 }, { type: "number", exclusiveMinimum: 0 })).toHaveLength(1);
    expect(diff({ type: "integer", maximum: 5 }, { type: "integer", minimum: 0, exclusiveMaximum: 6 })).toHaveLength(1);
    expect(diff({ type: "integer", minimum: 0, exclusiveMaximum: 6 }, { type: "integer", minimum: 0, maximum: 5 })).toEqual([]);
  });
});

describe("subschemaDifferences: objects and arrays", () => {
  const poll = {
    type: "object",
    required: ["question"],
    properties: { question: { type: "string" }, answers: { type: "array", items: { $ref: "#/$defs/Answer" } } },
  };
  const defs = (emojiId: unknown) => ({ $defs: { Answer: { type: "object", properties: { emoji_id: emojiId } } } });

  test("differences come with field paths through $refs and array items", () => {
    const ours = node(poll, defs({ type: ["integer", "string", "null"] }));
    const vendor = node(poll, defs({ anyOf: [{ type: "integer" }, { type: "null" }] }));
    expect(subschemaDifferences(vendor, ours)).toEqual([]);
    expect(subschemaDifferences(ours, vendor)).toEqual([{ path: "answers[].emoji_id", message: "A allows string; B only integer | null" }]);
  });
  test("required, undeclared and forbidden properties", () => {
    const a = { type: "object", properties: { x: { type: "string" }, y: { type: "string" } } };
    const b = { type: "object", required: ["x"], properties: { x: { type: "string" } } };
    expect(diff(a, b).map((d) => `${d.path}: ${d.message}`)).toEqual(["y: A declares it; B does not", "x: optional in A; required in B"]);
    expect(paths(a, b, { undeclared: "ignore" })).toEqual(["x"]);
    expect(diff(a, { ...b, required: [], additionalProperties: false })[0]).toEqual({
      path: "y",
      message: "A allows it; B forbids other properties",
    });
    expect(diff({ type: "object" }, b)).toEqual([{ path: "x", message: "B requires it; A does not declare it" }]);
    expect(diff(a, { type: "object" })).toEqual([]);
  });
  test("maps (additionalProperties) compare value schemas", () => {
    const map = (values: unknown) => ({ type: "object", additionalProperties: values });
    expect(diff(map({ type: "string" }), map(true))).toEqual([]);
    expect(paths(map(true), map({ type: "string" }))).toEqual(["{*}"]);
  });
  test("readOnly properties are not part of a request", () => {
    const a = { type: "object", properties: { id: { type: "integer", readOnly: true }, name: { type: "string" } } };
    const b = { type: "object", properties: { name: { type: "string" } } };
    expect(paths(a, b)).toEqual(["id"]);
    expect(diff(a, b, { context: "request" })).toEqual([]);
  });
  test("array bounds and items", () => {
    expect(diff({ type: "array", items: { type: "integer" } }, { type: "array", items: { type: "number" }, maxItems: 3 })[0]!.message).toBe(
      "B has maxItems 3; A none",
    );
    expect(paths({ type: "array" }, { type: "array", items: { type: "integer" } })).toEqual(["[]"]);
  });
  test("allOf intersects, anyOf needs one fitting branch", () => {
    const envelope = {
      allOf: [{ type: "object", required: ["data"], properties: { data: {} } }],
      properties: { data: { type: "string" } },
    };
    expect(diff(envelope, { type: "object", required: ["data"], properties: { data: { type: "string" } } })).toEqual([]);
    expect(paths({ type: "object", properties: { data: { type: "integer" } } }, envelope)).toEqual(["data", "data"]);
    const shapes = {
      anyOf: [
        { type: "object", properties: { a: { type: "string" } } },
        { type: "object", properties: { b: { type: "string" } } },
      ],
    };
    expect(diff({ type: "object", properties: { b: { type: "string" } } }, shapes)).toEqual([]);
  });
  test("recursive schemas terminate, unsupported keywords are reported", () => {
    const root = { $defs: { Tree: { type: "object", properties: { children: { type: "array", items: { $ref: "#/$defs/Tree" } } } } } };
    expect(subschemaDifferences(node({ $ref: "#/$defs/Tree" }, root), node({ $ref: "#/$defs/Tree" }, root))).toEqual([]);
    expect(diff({ not: { type: "string" } }, {})[0]!.message).toBe("cannot compare: unsupported keyword not");
  });
});

test("typeSummary names types, array items and null", () => {
  expect(typeSummary(node({ anyOf: [{ type: "array", items: { type: "string" } }, { type: "null" }] }))).toEqual(["array<string>", "null"]);
  expect(typeSummary(node({ type: "integer", minimum: 0, "x-int64": true }))).toEqual(["integer"]);
});
