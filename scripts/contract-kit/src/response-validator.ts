// Validates a response body against the schema the spec declares for that
// operation and status.
import { deref } from "@api-clients/codegen";
import type { OpenApiDocument } from "./load-spec.js";
import { createSpecAjv, escapePointer } from "./spec-ajv.js";

export function createResponseValidator(document: OpenApiDocument) {
  const { validateAt } = createSpecAjv(document);

  return function validate(path: string, method: string, status: number, body: unknown): string[] {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) return [`the spec has no ${method} ${path}`];
    const declared = operation.responses?.[String(status)];
    if (!declared) return [`${method} ${path} declares no ${status} response`];
    // Point at the response where it really lives (it may be a components/responses $ref).
    const pointer =
      typeof declared.$ref === "string"
        ? declared.$ref.slice(1)
        : `/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${status}`;
    const response = deref(document, declared);
    if (!response.content) return body === undefined ? [] : [`${status} declares no body but one came back`];
    const mediaType = Object.keys(response.content).find((type) => type.includes("json")) ?? Object.keys(response.content)[0]!;
    return validateAt(`${pointer}/content/${escapePointer(mediaType)}/schema`, body);
  };
}
