// The vendor extensions (x-rate-limits, x-pagination, x-permissions) and the
// operation table, as typed data that a package hands to the middleware.
import { header } from "./generate-types.mjs";
import { findInt64Fields } from "./int64-fields.mjs";
import { operationParameters } from "./operation-parameters.mjs";
import { listOperations } from "./spec-operations.mjs";

/** @param {string} api @param {any} document bundled spec @param {string} specRelative */
export function generateMetadata(api, document, specRelative) {
  const operations = {};
  for (const { operationId, method, path, operation } of listOperations(document)) {
    const query = operationParameters(document, path, operation)
      .filter((p) => p.in === "query")
      .map((p) => p.name);
    operations[operationId] = {
      method,
      path,
      // Named calls take path and query parameters in one object: the query names tell them apart and catch a misspelt one.
      query,
      tag: operation.tags?.[0] ?? null,
      deprecated: operation.deprecated === true,
      permissions: operation["x-permissions"] ?? [],
      // `{}` among the security alternatives (the operation's, else the document's) means no credential is needed.
      anonymous:
        (operation.security ?? document.security ?? []).length === 0 ||
        (operation.security ?? document.security).some((alt) => Object.keys(alt).length === 0),
      pagination: operation["x-pagination"] ?? null,
    };
  }
  const metadata = {
    api,
    title: document.info.title,
    version: document.info.version,
    serverUrl: document.servers?.[0]?.url ?? null,
    rateLimits: document["x-rate-limits"] ?? null,
    operations,
    int64Fields: findInt64Fields(document).int64Fields,
  };
  return (
    header(specRelative) +
    'import type { ApiMetadata } from "@api-clients/middleware";\n\n' +
    `export const apiMetadata = ${JSON.stringify(metadata, null, 2)} as const satisfies ApiMetadata;\n\n` +
    "export type OperationId = keyof typeof apiMetadata.operations;\n"
  );
}
