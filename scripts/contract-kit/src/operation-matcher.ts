// Maps a concrete request (method + URL path) back to the spec operation it
// calls, the way a router would: literal segments beat templated ones, so
// `/systems/@me/autoproxy` is not mistaken for `/systems/{systemRef}/...`.
import { listOperations } from "@api-clients/codegen";
import type { OpenApiDocument } from "./load-spec.js";

export interface OperationRef {
  operationId: string;
  method: string;
  path: string;
}

interface Route extends OperationRef {
  segments: string[];
  literalCount: number;
}

export function createOperationMatcher(document: OpenApiDocument) {
  const routes: Route[] = (listOperations(document) as OperationRef[]).map((op) => {
    const segments = op.path.split("/").filter(Boolean);
    return { ...op, segments, literalCount: segments.filter((s) => !s.startsWith("{")).length };
  });
  routes.sort((a, b) => b.literalCount - a.literalCount);

  return function match(method: string, pathname: string): OperationRef | undefined {
    const parts = pathname.split("/").filter(Boolean).map((part) => decodeURIComponent(part));
    const route = routes.find(
      (r) =>
        r.method === method.toUpperCase() &&
        r.segments.length === parts.length &&
        r.segments.every((segment, i) => segment.startsWith("{") || segment === parts[i]),
    );
    return route && { operationId: route.operationId, method: route.method, path: route.path };
  };
}
