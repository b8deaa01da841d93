// Proves an API's test kit (@api-clients/<api>/testing) answers every
// operation of its spec: for each one, a request the spec allows (parameters
// and body from the spec's examples or generated from its schemas, each
// checked against the spec first) goes through MSW to the kit's default
// handlers, which must answer 2xx with a body the spec allows and report
// no violation; an override answering the same example passes the kit's
// own check of replies.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { resolvePointer } from "./json-schema-alternatives.js";
import { sampleInstances } from "./json-schema-samples.js";
import type { OpenApiDocument } from "./load-spec.js";
import { operationSchemas } from "./operation-schemas.js";
import { createResponseValidator } from "./response-validator.js";
import { createSpecAjv } from "./spec-ajv.js";

/** What the coverage needs of a kit (structurally, so contract-kit does not depend on the kit's package). */
export interface KitUnderTest {
  baseUrl: string;
  handlers: readonly unknown[];
  violations: readonly { message: string }[];
  handle(operation: any, resolver: () => any): unknown;
  example(operation: any): unknown;
}

/** An MSW server with the kit's default handlers for the file's tests: listening, reset after each test, closed at the end. */
export function testKitServer(kit: KitUnderTest) {
  const server = setupServer(...(kit.handlers as Parameters<typeof setupServer>));
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export interface TestKitCoverageOptions {
  spec: OpenApiDocument;
  kit: KitUnderTest;
  /** The file's server (testKitServer). */
  server: ReturnType<typeof setupServer>;
  /** Sent with every request: the credential, in the API's scheme. */
  headers: Record<string, string>;
}

export function describeTestKitCoverage({ spec, kit, server, headers }: TestKitCoverageOptions): void {
  const ajv = createSpecAjv(spec);
  const validateBody = createResponseValidator(spec);
  const valid = (pointer: string, value: unknown) => ajv.errorsAt(pointer, value)?.length === 0;
  /** The spec's own examples first, then generated instances; the first the spec accepts. */
  const pick = (pointer: string, schema: unknown, examples: unknown[], context: "request" | undefined) =>
    [...examples, ...sampleInstances([{ schema, root: spec }], context ? { context } : {})].find(
      (value) => value !== undefined && valid(pointer, value),
    );

  const operations = operationSchemas(spec);
  describe("the test kit's default handlers answer every operation with 2xx and a body the spec allows", () => {
    test("the spec has operations", () => expect(operations.length).toBeGreaterThan(0));
    test.each(operations.map((op) => [op.operationId!, op] as const))("%s", async (operationId, operation) => {
      let path = operation.path;
      const query = new URLSearchParams();
      for (const parameter of operation.parameters) {
        const schema = parameter.schema ?? {};
        const value = pick(parameter.pointer, schema, [schema.example, ...(schema.examples ?? [])], undefined);
        if (parameter.in === "path") {
          expect(value, `${operationId}: no value for path parameter ${parameter.name}`).toBeDefined();
          path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
        } else if (parameter.in === "query" && value !== undefined && (parameter.required || typeof value !== "object")) {
          for (const item of [value].flat()) query.append(parameter.name, String(item));
        }
      }
      const init: RequestInit = { method: operation.method, headers: { ...headers } };
      const media = operation.requestBody?.media.find((m) => m.mediaType.includes("json"));
      if (media) {
        const examples = Object.values<any>(resolveMedia(spec, media.pointer)?.examples ?? {}).map((e) => e?.value);
        const body = pick(media.pointer, media.schema, examples, "request");
        expect(body, `${operationId}: no request body the spec accepts`).toBeDefined();
        init.body = JSON.stringify(body);
        (init.headers as Record<string, string>)["Content-Type"] = media.mediaType;
      }
      const before = kit.violations.length;
      const search = query.size > 0 ? `?${query}` : "";
      const response = await fetch(`${kit.baseUrl}${path}${search}`, init);
      const text = await response.text();
      expect(kit.violations.slice(before).map((v) => v.message)).toEqual([]);
      expect(response.status, text).toBeGreaterThanOrEqual(200);
      expect(response.status, text).toBeLessThan(300);
      expect(validateBody(operation.path, operation.method, response.status, text === "" ? undefined : JSON.parse(text))).toEqual([]);

      // The kit's own check of an override's reply accepts the spec's example too (its formats, its nullable fields).
      server.use(kit.handle(operationId, () => ({ status: response.status, body: kit.example(operationId) })) as never);
      const again = await fetch(`${kit.baseUrl}${path}${search}`, init);
      expect(again.status).toBe(response.status);
      expect(kit.violations.slice(before).map((v) => v.message)).toEqual([]);
    });
  });
}

/** The media type object a schema pointer (`…/content/<type>/schema`) sits in. */
function resolveMedia(spec: OpenApiDocument, schemaPointer: string): any {
  return resolvePointer(spec, `#${schemaPointer.replace(/\/schema$/, "")}`);
}
