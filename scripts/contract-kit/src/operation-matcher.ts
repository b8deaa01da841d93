// Maps a concrete request (method + URL path) back to the spec operation it
// calls, with the middleware's own router (literal segments beat templated
// ones). A request may carry a server's base path (`/api/v1/...`, `/v2/...`)
// or not, as Prism serves both.
import { listOperations } from "@api-clients/codegen";
import { createOperationMatcher as createRouter, type MatchedOperation } from "@api-clients/middleware";
import type { OpenApiDocument } from "./load-spec.js";

export type OperationRef = MatchedOperation;

export function createOperationMatcher(document: OpenApiDocument) {
  const operations = Object.fromEntries(listOperations(document).map(({ operationId, method, path }) => [operationId, { method, path }]));
  const basePaths = ((document.servers as { url: string }[] | undefined) ?? []).map((server) =>
    new URL(server.url.replace(/\{[^}]+\}/g, "x")).pathname.replace(/\/+$/, ""),
  );
  const routers = [createRouter(operations), ...basePaths.filter(Boolean).map((base) => createRouter(operations, base))];
  return (method: string, pathname: string): OperationRef | undefined => {
    for (const route of routers) {
      const found = route(method, pathname);
      if (found) return found;
    }
    return undefined;
  };
}
