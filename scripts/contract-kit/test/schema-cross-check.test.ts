import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { createSchemaComparer, type OpenApiDocument, operationSchemas, sampleInstances } from "../src/index.js";

const spec = (schemas: Record<string, unknown>): OpenApiDocument => ({ openapi: "3.1.0", paths: {}, components: { schemas } });
const at = (document: OpenApiDocument, name: string, side: string) => ({ document, pointer: `/components/schemas/${name}`, name: side });

describe("sampleInstances", () => {
  const schema = {
    type: "object",
    required: ["id"],
    properties: {
      id: { type: "integer", minimum: 0 },
      name: { type: ["string", "null"], maxLength: 4 },
      tags: { type: "array", items: { enum: ["a", "b"] } },
      when: { type: "string", format: "date-time" },
    },
  };
  const samples = sampleInstances([{ schema, root: {} }]);

  test("every sample is an instance of the schema", () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(samples.filter((sample) => !validate(sample))).toEqual([]);
  });
  test("covers required-only, nulls, boundaries, each enum value and empty arrays", () => {
    expect(samples).toContainEqual({ id: 1 });
    expect(samples).toContainEqual(expect.objectContaining({ name: null }));
    expect(samples).toContainEqual(expect.objectContaining({ name: "" }));
    expect(samples).toContainEqual(expect.objectContaining({ name: "text" }));
    expect(samples).toContainEqual(expect.objectContaining({ id: 0 }));
    expect(samples).toContainEqual(expect.objectContaining({ id: 2 ** 62 }));
    expect(samples).toContainEqual(expect.objectContaining({ tags: ["b"] }));
    expect(samples).toContainEqual(expect.objectContaining({ tags: [] }));
    expect(samples.some((sample: any) => sample.id < 0)).toBe(false);
  });
});

describe("createSchemaComparer", () => {
  const compare = createSchemaComparer();

  test("joins the structural check and samples validated by ajv", () => {
    const ours = spec({ Answer: { type: "object", properties: { emoji_id: { type: ["integer", "string", "null"] } } } });
    const vendor = spec({ Answer: { type: "object", properties: { emoji_id: { anyOf: [{ type: "integer" }, { type: "null" }] } } } });
    expect(compare(at(vendor, "Answer", "vendor"), at(ours, "Answer", "ours"))).toEqual([]);
    expect(compare(at(ours, "Answer", "ours"), at(vendor, "Answer", "vendor"))).toEqual([
      { path: "emoji_id", message: "ours allows string; vendor only integer | null" },
    ]);
  });
  test("samples catch what the structural reading cannot: oneOf matching twice", () => {
    const a = spec({ S: { type: "object", properties: { n: { type: "integer" } } } });
    const b = spec({ S: { type: "object", properties: { n: { oneOf: [{ type: "integer" }, { type: "number" }] } } } });
    const found = compare(at(a, "S", "A"), at(b, "S", "B"));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe("n");
    expect(found[0]!.message).toMatch(/^B refuses A's sample 1: must match exactly one schema in oneOf/);
  });
});

test("operationSchemas follows $refs to where parameters, bodies and responses live", () => {
  const document: OpenApiDocument = {
    paths: {
      "/things/{id}": {
        parameters: [{ $ref: "#/components/parameters/Id" }],
        put: {
          operationId: "putThing",
          parameters: [{ name: "q", in: "query", schema: { type: "string" } }],
          requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
          responses: { "200": { $ref: "#/components/responses/Ok" } },
        },
      },
    },
    components: {
      parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "string" } } },
      responses: { Ok: { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
    },
  };
  const [operation] = operationSchemas(document);
  expect(operation!.parameters.map((p) => [p.in, p.name, p.required, p.pointer])).toEqual([
    ["path", "id", true, "/components/parameters/Id/schema"],
    ["query", "q", false, "/paths/~1things~1{id}/put/parameters/0/schema"],
  ]);
  expect(operation!.requestBody).toMatchObject({
    required: true,
    media: [{ pointer: "/paths/~1things~1{id}/put/requestBody/content/application~1json/schema" }],
  });
  expect(operation!.responses[0]!.media[0]!.pointer).toBe("/components/responses/Ok/content/application~1json/schema");
});
