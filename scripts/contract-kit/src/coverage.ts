// Which operations of a spec no recorded call reached with a success status.
import { listOperations } from "@api-clients/codegen";
import type { OpenApiDocument } from "./load-spec.js";
import type { RecordedCall } from "./recording-proxy.js";

export function uncoveredOperations(document: OpenApiDocument, calls: RecordedCall[]): string[] {
  const succeeded = new Set(calls.filter((c) => c.status >= 200 && c.status < 300).map((c) => c.operationId));
  return (listOperations(document) as { operationId: string }[]).map((op) => op.operationId).filter((id) => !succeeded.has(id));
}
