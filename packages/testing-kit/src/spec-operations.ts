// Every operation of a spec, with what the kit needs to answer and check it:
// its parameters and request body (each with the pointer of its schema), and
// its responses by status, in the spec's order.
import { deref, escapePointer, type OpenApiDocument } from "./openapi-document.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** Where its schema is, for the validator. */
  schemaPointer: string;
  schema: any;
  /** Form style with explode (OpenAPI's default for query): an array repeats the key; else comma-separated. */
  explode: boolean;
}

export interface SpecResponse {
  /** As the spec writes it: "200", "4XX", "default". */
  status: string;
  /** Where the response object is defined. */
  pointer: string;
  response: any;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: SpecParameter[];
  requestBody: { required: boolean; mediaType: string; schemaPointer: string } | undefined;
  responses: SpecResponse[];
}

export function specOperations(document: OpenApiDocument): Map<string, SpecOperation> {
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const pathPointer = `/paths/${escapePointer(path)}`;
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation || typeof operation.operationId !== "string") continue;
      const operationPointer = `${pathPointer}/${method}`;
      const parameters = new Map<string, SpecParameter>();
      const declared: [any, string][] = [
        ...(item.parameters ?? []).map((node: any, i: number) => [node, `${pathPointer}/parameters/${i}`] as [any, string]),
        ...(operation.parameters ?? []).map((node: any, i: number) => [node, `${operationPointer}/parameters/${i}`] as [any, string]),
      ];
      for (const [node, at] of declared) {
        const { node: parameter, pointer } = deref(document, node, at);
        const style = parameter.style ?? (parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple");
        // An operation's own parameter replaces a path item's of the same name and location.
        parameters.set(`${parameter.in} ${parameter.name}`, {
          name: parameter.name,
          in: parameter.in,
          required: parameter.required === true || parameter.in === "path",
          schemaPointer: `${pointer}/schema`,
          schema: deref(document, parameter.schema, `${pointer}/schema`).node,
          explode: parameter.explode ?? style === "form",
        });
      }
      let requestBody: SpecOperation["requestBody"];
      if (operation.requestBody) {
        const { node: body, pointer } = deref(document, operation.requestBody, `${operationPointer}/requestBody`);
        const mediaType = Object.keys(body.content ?? {}).find((type) => /json/i.test(type)) ?? Object.keys(body.content ?? {})[0];
        if (mediaType) {
          requestBody = {
            required: body.required === true,
            mediaType,
            schemaPointer: `${pointer}/content/${escapePointer(mediaType)}/schema`,
          };
        }
      }
      const responses = Object.entries<any>(operation.responses ?? {}).map(([status, node]) => {
        const { node: response, pointer } = deref(document, node, `${operationPointer}/responses/${escapePointer(status)}`);
        return { status, pointer, response };
      });
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        parameters: [...parameters.values()],
        requestBody,
        responses,
      });
    }
  }
  return operations;
}

/** The JSON media type of a response (or its first), with the pointer of its schema. */
export function responseMedia(response: SpecResponse): { mediaType: string; media: any; schemaPointer: string } | undefined {
  const content = response.response?.content;
  if (!content) return undefined;
  const mediaType = Object.keys(content).find((type) => /json/i.test(type)) ?? Object.keys(content)[0];
  if (!mediaType) return undefined;
  return { mediaType, media: content[mediaType], schemaPointer: `${response.pointer}/content/${escapePointer(mediaType)}/schema` };
}

/** The example bodies a response declares, in the spec's order (named examples first, then `example`). */
export function responseExamples(document: OpenApiDocument, response: SpecResponse): unknown[] {
  const found = responseMedia(response);
  if (!found) return [];
  const { media, schemaPointer } = found;
  const examples = Object.entries<any>(media.examples ?? {}).map(
    ([name, node]) => deref(document, node, `${schemaPointer.replace(/\/schema$/, "")}/examples/${escapePointer(name)}`).node?.value,
  );
  if ("example" in media) examples.push(media.example);
  return examples.filter((example) => example !== undefined);
}

/** Whether a status (or range, or `default`) of the spec covers a concrete status. */
export function statusCovers(declared: string, status: number): boolean {
  if (declared === String(status)) return true;
  if (/^[1-5]XX$/i.test(declared)) return declared[0] === String(status)[0];
  return false;
}
