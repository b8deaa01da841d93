// Finds which spec operation a request calls, from its method and URL path,
// the way a router would: literal segments beat templated ones, so
// `/systems/@me/autoproxy` is not read as `/systems/{systemRef}/...`.
// Rate-limit windows name operations, so the limiter needs this.
import type { OperationMetadata } from "./api-metadata.js";

export interface MatchedOperation {
  operationId: string;
  method: string;
  path: string;
}

export function createOperationMatcher(
  operations: { readonly [operationId: string]: Pick<OperationMetadata, "method" | "path"> },
  basePath = "",
) {
  const prefix = basePath.replace(/\/+$/, "").split("/").filter(Boolean);
  const routes = Object.entries(operations)
    .map(([operationId, { method, path }]) => {
      const segments = path.split("/").filter(Boolean);
      return { operationId, method: method.toUpperCase(), path, segments, literals: segments.filter((s) => !s.startsWith("{")).length };
    })
    .sort((a, b) => b.literals - a.literals);

  return function match(method: string, pathname: string): MatchedOperation | undefined {
    let parts = pathname.split("/").filter(Boolean);
    if (prefix.length > 0 && prefix.every((segment, i) => parts[i] === segment)) parts = parts.slice(prefix.length);
    const decoded = parts.map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
    const upper = method.toUpperCase();
    const route = routes.find(
      (r) =>
        r.method === upper &&
        r.segments.length === decoded.length &&
        r.segments.every((segment, i) => segment.startsWith("{") || segment === decoded[i]),
    );
    return route && { operationId: route.operationId, method: route.method, path: route.path };
  };
}
