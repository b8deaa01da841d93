// The schemas of every operation of an OpenAPI document, each with the JSON
// pointer it lives at (following a `$ref`'d parameter, request body or
// response to where it is defined), for comparing two documents.
import { deref, listOperations } from "@api-clients/codegen";
import type { OpenApiDocument } from "./load-spec.js";
import { escapePointer } from "./spec-ajv.js";

export type ParameterSchema = { name: string; in: string; required: boolean; pointer: string; schema: any };
export type MediaSchema = { mediaType: string; pointer: string; schema: any };
export type OperationSchemas = {
  method: string;
  path: string;
  operationId: string | undefined;
  parameters: ParameterSchema[];
  requestBody?: { required: boolean; media: MediaSchema[] } | undefined;
  responses: { status: string; media: MediaSchema[] }[];
};

/** Where a node really lives: its `$ref` target's pointer, or `here`. */
const pointerOf = (node: any, here: string) => (typeof node?.$ref === "string" ? node.$ref.slice(1) : here);

const mediaOf = (document: OpenApiDocument, node: any, pointer: string): MediaSchema[] =>
  Object.entries<any>(deref(document, node)?.content ?? {}).map(([mediaType, media]) => ({
    mediaType,
    pointer: `${pointer}/content/${escapePointer(mediaType)}/schema`,
    schema: media.schema,
  }));

export function operationSchemas(document: OpenApiDocument): OperationSchemas[] {
  return listOperations(document).map(({ method, path, operationId, operation }) => {
    const pathPointer = `/paths/${escapePointer(path)}`;
    const operationPointer = `${pathPointer}/${method.toLowerCase()}`;
    const parameters = new Map<string, ParameterSchema>();
    const shared = document.paths[path]?.parameters ?? [];
    const declared = [
      ...shared.map((node: any, i: number) => [node, `${pathPointer}/parameters/${i}`]),
      ...(operation.parameters ?? []).map((node: any, i: number) => [node, `${operationPointer}/parameters/${i}`]),
    ];
    for (const [node, here] of declared) {
      const parameter = deref(document, node);
      parameters.set(`${parameter.in} ${parameter.name}`, {
        name: parameter.name,
        in: parameter.in,
        required: parameter.required === true,
        pointer: `${pointerOf(node, here)}/schema`,
        schema: parameter.schema,
      });
    }
    const body = operation.requestBody;
    return {
      method,
      path,
      operationId,
      parameters: [...parameters.values()],
      requestBody: body
        ? {
            required: deref(document, body).required === true,
            media: mediaOf(document, body, pointerOf(body, `${operationPointer}/requestBody`)),
          }
        : undefined,
      responses: Object.entries<any>(operation.responses ?? {}).map(([status, node]) => ({
        status,
        media: mediaOf(document, node, pointerOf(node, `${operationPointer}/responses/${escapePointer(status)}`)),
      })),
    };
  });
}
