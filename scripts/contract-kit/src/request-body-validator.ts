// Validates a request body against the operation's declared requestBody schema.
import { deref } from "@api-clients/codegen";
import type { OpenApiDocument } from "./load-spec.js";
import { createSpecAjv, escapePointer } from "./spec-ajv.js";

export function createRequestBodyValidator(document: OpenApiDocument) {
  const { validateAt } = createSpecAjv(document);

  return function validate(path: string, method: string, body: unknown): string[] {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation?.requestBody) return [`${method.toUpperCase()} ${path} declares no request body`];
    const declared = operation.requestBody;
    const pointer =
      typeof declared.$ref === "string" ? declared.$ref.slice(1) : `/paths/${escapePointer(path)}/${method.toLowerCase()}/requestBody`;
    const requestBody = deref(document, declared);
    const mediaType = Object.keys(requestBody.content ?? {}).find((type) => type.includes("json"));
    if (!mediaType) return [`${method.toUpperCase()} ${path} takes no JSON body`];
    return validateAt(`${pointer}/content/${escapePointer(mediaType)}/schema`, body);
  };
}
