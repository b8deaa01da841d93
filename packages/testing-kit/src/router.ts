// Which operation a request calls, with the middleware's own router (literal
// segments beat templated ones: `/systems/@me/autoproxy` is not
// `/systems/{systemRef}/...`), and the values of its path parameters. Only
// requests under the kit's base URL (origin and base path) are the kit's.
import { createOperationMatcher } from "@api-clients/middleware";
import type { SpecOperation } from "./spec-operations.js";

export interface Route {
  operation: SpecOperation;
  pathValues: Record<string, string>;
}

/** The operation and path values; `undefined` when the request is not under the base URL; `null` when it is but no operation matches. */
export type Router = (request: Request) => Route | null | undefined;

export function createRouter(operations: ReadonlyMap<string, SpecOperation>, baseUrl: URL): Router {
  const basePath = baseUrl.pathname.replace(/\/+$/, "");
  const match = createOperationMatcher(Object.fromEntries([...operations].map(([id, op]) => [id, { method: op.method, path: op.path }])));
  return (request) => {
    const url = new URL(request.url);
    if (url.origin !== baseUrl.origin) return undefined;
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return undefined;
    const parts = url.pathname.slice(basePath.length).split("/").filter(Boolean);
    const found = match(request.method, `/${parts.join("/")}`);
    if (!found) return null;
    const operation = operations.get(found.operationId)!;
    const pathValues: Record<string, string> = {};
    operation.path
      .split("/")
      .filter(Boolean)
      .forEach((segment, i) => {
        if (segment.startsWith("{")) pathValues[segment.slice(1, -1)] = safeDecode(parts[i] ?? "");
      });
    return { operation, pathValues };
  };
}

const safeDecode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};
