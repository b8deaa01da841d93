// Compares our bundled spec with the vendor's OpenAPI files, operation by
// operation, and returns every difference (see vendor-drift.test.ts for the rules).
import {
  createSchemaComparer,
  type MediaSchema,
  type OpenApiDocument,
  type OperationSchemas,
  operationSchemas,
  typeSummary,
} from "@api-clients/contract-kit";
import { isBotOnly } from "./user-facing.js";
import { ourPath, type VendorService } from "./vendor-specs.js";

export type Difference = { operation: string; location: string; field: string; message: string };
export type Drift = { compared: number; userFacing: number; differences: Difference[] };

export const formatDifference = (d: Difference) => `${d.operation} | ${d.location} | ${d.field || "(whole body)"} | ${d.message}`;

const json = (media: MediaSchema[]) => media.find((m) => m.mediaType.includes("json"));
/** A parameter's types, without `null`: no query string or path can carry a JSON null (FastAPI's Optional[X] adds it). */
const parameterTypes = (document: OpenApiDocument, schema: unknown) =>
  typeSummary([{ schema: schema ?? {}, root: document }])
    .filter((type) => type !== "null")
    .join(" | ");

export function findDrift(ours: OpenApiDocument, services: VendorService[]): Drift {
  const compareSchemas = createSchemaComparer();
  const ourOperations = new Map(operationSchemas(ours).map((op) => [`${op.method} ${op.path}`, op]));
  const matched = new Set<string>();
  const differences: Difference[] = [];
  let compared = 0;

  for (const service of services) {
    for (const theirs of operationSchemas(service.document)) {
      compared++;
      const key = `${theirs.method} ${ourPath(service, theirs.path)}`;
      if (isBotOnly(theirs.method, ourPath(service, theirs.path))) continue;
      matched.add(key);
      const mine = ourOperations.get(key);
      const say = (location: string, field: string, message: string) => differences.push({ operation: key, location, field, message });
      if (!mine) {
        say("operation", "", `ours lacks it (vendor ${service.file} ${theirs.operationId})`);
        continue;
      }
      compareParameters(ours, mine, service.document, theirs, say);
      compareBodies(mine, theirs, service.document, say);
      compareResponses(mine, theirs, service.document, say);
    }
  }
  for (const key of ourOperations.keys()) {
    if (!matched.has(key))
      differences.push({ operation: key, location: "operation", field: "", message: "the vendor has no such operation" });
  }
  return { compared, userFacing: matched.size, differences };

  type Say = (location: string, field: string, message: string) => void;

  function compareParameters(
    ourDoc: OpenApiDocument,
    mine: OperationSchemas,
    theirDoc: OpenApiDocument,
    theirs: OperationSchemas,
    say: Say,
  ) {
    const byKey = (op: OperationSchemas) => new Map(op.parameters.map((p) => [`${p.in} ${p.name}`, p]));
    const myParameters = byKey(mine);
    const theirParameters = byKey(theirs);
    for (const [key, their] of theirParameters) {
      const my = myParameters.get(key);
      if (!my) {
        say(`param ${key}`, "", "ours lacks it");
        continue;
      }
      if (my.required !== their.required) say(`param ${key}`, "", `required: vendor ${their.required}; ours ${my.required}`);
      const [theirTypes, myTypes] = [parameterTypes(theirDoc, their.schema), parameterTypes(ourDoc, my.schema)];
      if (theirTypes !== myTypes) say(`param ${key}`, "", `type: vendor ${theirTypes}; ours ${myTypes}`);
    }
    for (const key of myParameters.keys()) if (!theirParameters.has(key)) say(`param ${key}`, "", "the vendor does not take it");
  }

  function compareBodies(mine: OperationSchemas, theirs: OperationSchemas, theirDoc: OpenApiDocument, say: Say) {
    if (!mine.requestBody || !theirs.requestBody) {
      if (mine.requestBody || theirs.requestBody) say("request", "", mine.requestBody ? "the vendor takes no body" : "ours takes no body");
      return;
    }
    if (mine.requestBody.required !== theirs.requestBody.required) {
      say("request", "", `required: vendor ${theirs.requestBody.required}; ours ${mine.requestBody.required}`);
    }
    const [my, their] = [json(mine.requestBody.media), json(theirs.requestBody.media)];
    if (!my || !their) return say("request", "", `media: vendor ${their?.mediaType ?? "none"}; ours ${my?.mediaType ?? "none"}`);
    const ourSide = { document: ours, pointer: my.pointer, name: "ours" };
    const theirSide = { document: theirDoc, pointer: their.pointer, name: "vendor" };
    for (const d of compareSchemas(ourSide, theirSide, { context: "request" })) say("request", d.path, d.message);
    for (const d of compareSchemas(theirSide, ourSide, { context: "request" })) say("request", d.path, d.message);
  }

  function compareResponses(mine: OperationSchemas, theirs: OperationSchemas, theirDoc: OpenApiDocument, say: Say) {
    for (const response of theirs.responses) {
      const location = `response ${response.status}`;
      const their = json(response.media);
      const candidates = [response.status, `${response.status[0]}XX`, "default"];
      const my = candidates.map((status) => mine.responses.find((r) => r.status === status)).find(Boolean);
      if (!my) {
        say(location, "", "ours declares no such response");
        continue;
      }
      if (!their) continue;
      const myMedia = json(my.media);
      if (!myMedia) {
        say(location, "", `ours declares no JSON body (vendor ${their.mediaType})`);
        continue;
      }
      const theirSide = { document: theirDoc, pointer: their.pointer, name: "vendor" };
      const ourSide = { document: ours, pointer: myMedia.pointer, name: "ours" };
      for (const d of compareSchemas(theirSide, ourSide, { context: "response" })) say(location, d.path, d.message);
    }
  }
}
