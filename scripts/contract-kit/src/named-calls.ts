// Every operation called by its name (`client.getSystem({ systemRef })`)
// against the suite's Prism mock, with arguments from the spec's own
// examples: each parameter's example (or its schema's) and the first named
// example of the request body. It proves each operationId is a method that
// reaches its own operation with a 2xx: n of n reachable by name.
import { deref, listOperations } from "@api-clients/codegen";
import { describe, expect, test } from "vitest";
import type { OpenApiDocument } from "./load-spec.js";
import type { RecordedCall } from "./recording-proxy.js";

/** The argument of each named call, from the spec's examples; 64-bit ids as strings. */
export function namedCallArguments(spec: OpenApiDocument, int64Fields: readonly string[] = []): Record<string, Record<string, unknown>> {
  const exact = new Set(int64Fields);
  const args: Record<string, Record<string, unknown>> = {};
  for (const { operationId, path, operation } of listOperations(spec)) {
    const call: Record<string, unknown> = {};
    for (const parameter of [...(spec.paths[path]!.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p))) {
      const schema = deref(spec, parameter.schema) ?? {};
      const example = parameter.example ?? schema.example ?? schema.examples?.[0] ?? schema.enum?.[0] ?? schema.default;
      if (example === undefined) {
        if (parameter.required) throw new Error(`${operationId}: required parameter ${parameter.name} has no example`);
        continue;
      }
      call[parameter.name] = exactIds(parameter.name, example, exact);
    }
    const media = deref(spec, operation.requestBody)?.content?.["application/json"];
    const body = media ? deref(spec, Object.values(media.examples ?? {})[0])?.value : undefined;
    if (body !== undefined) call.body = exactIds("", body, exact);
    args[operationId] = call;
  }
  return args;
}

/** Example numbers under a 64-bit field become the exact string a caller would pass. */
function exactIds(field: string, value: unknown, exact: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => exactIds(field, item, exact));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, exactIds(key, item, exact)]));
  }
  return typeof value === "number" && exact.has(field) ? String(value) : value;
}

export interface NamedOperationOptions {
  spec: OpenApiDocument;
  calls: RecordedCall[];
  /** A client on the mock (through the recording proxy). */
  client: () => object;
  int64Fields?: readonly string[];
}

export function describeNamedOperations({ spec, calls, client, int64Fields }: NamedOperationOptions): void {
  const args = namedCallArguments(spec, int64Fields);
  describe("every operation is a method named by its operationId, reaching its own operation", () => {
    test.each(Object.keys(args))("%s", async (operationId) => {
      const method = (client() as Record<string, unknown>)[operationId];
      expect(method, `${operationId} is not a method of the client`).toBeTypeOf("function");
      const before = calls.length;
      const { response } = await (method as (a: object) => Promise<{ response: Response }>)(args[operationId]!);
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
      expect(calls.slice(before).map((call) => call.operationId)).toContain(operationId);
    });
  });
}
