// The contract suite every API package runs against its Prism mock:
//  1. each operation, called through the real client, answers 2xx and its
//     body validates against the spec;
//  2. each error status the spec declares for an operation is produced (Prism
//     `Prefer: code=N`) and its body validates against that status's schema;
//  3. the case table covers every operation in the spec, and each was called.
import { describe, expect, test } from "vitest";
import { listOperations } from "@api-clients/codegen";
import { uncoveredOperations } from "./coverage.js";
import type { OpenApiDocument } from "./load-spec.js";
import type { RecordedCall } from "./recording-proxy.js";

export interface CallInit {
  /** Headers to add to the request (the suite sets `Prefer`). */
  headers: Record<string, string>;
}

/** Calls one operation through the client; must pass `init.headers` on. */
export type OperationCase<Client> = (client: Client, init: CallInit) => Promise<unknown>;

export interface OperationContractOptions<Client> {
  spec: OpenApiDocument;
  calls: RecordedCall[];
  validateBody: (path: string, method: string, status: number, body: unknown) => string[];
  /** A client on the mock through the recording proxy, on the platform's fetch; retries off, so error statuses come back as they are. */
  client: () => Client;
  cases: Record<string, OperationCase<Client>>;
  /** Statuses not to force per operation (e.g. ones Prism cannot produce). Default: none. */
  skipStatuses?: number[];
}

export function describeOperationContracts<Client>(options: OperationContractOptions<Client>): void {
  const { spec, calls, validateBody, cases } = options;
  const operations = listOperations(spec);

  async function callAndRecord(operationId: string, headers: Record<string, string>) {
    const before = calls.length;
    await cases[operationId]!(options.client(), { headers }).catch((error: unknown) => {
      // unwrap-style helpers throw on error statuses; the recorded call is what we check.
      if (!(error instanceof Error && "status" in error)) throw error;
    });
    const call = calls.slice(before).find((c) => c.operationId === operationId);
    expect(call, `${operationId} must call its own operation`).toBeDefined();
    return call!;
  }

  describe("every operation answers 2xx with a body the spec allows", () => {
    test.each(operations.map((op) => op.operationId))("%s", async (operationId) => {
      expect(cases[operationId], `no contract case for ${operationId}`).toBeTypeOf("function");
      const call = await callAndRecord(operationId, {});
      expect(call.status).toBeGreaterThanOrEqual(200);
      expect(call.status).toBeLessThan(300);
      expect(validateBody(call.path, call.method, call.status, call.body)).toEqual([]);
    });
  });

  const errorCases = operations.flatMap(({ operationId, operation }) =>
    Object.keys(operation.responses ?? {})
      .filter((status) => /^[45]\d\d$/.test(status) && !(options.skipStatuses ?? []).includes(Number(status)))
      .map((status) => [operationId, Number(status)] as const),
  );
  describe("every declared error status comes back typed and valid", () => {
    test.each(errorCases)("%s → %i", async (operationId, status) => {
      const call = await callAndRecord(operationId, { Prefer: `code=${status}` });
      expect(call.status).toBe(status);
      expect(validateBody(call.path, call.method, call.status, call.body)).toEqual([]);
    });
  });

  test("the cases cover every operation in the spec, each called with a 2xx answer", () => {
    expect(Object.keys(cases).sort()).toEqual(operations.map((op) => op.operationId).sort());
    expect(uncoveredOperations(spec, calls)).toEqual([]);
  });
}
