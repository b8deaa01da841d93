// What a page must show, read from the package's bundled spec, as the docs
// build reads it (packages/<api>/src/generated/openapi.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "./serve-dist.js";

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  tag: string;
  permissions: string[];
}

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

export function readSpec(api: string): any {
  return JSON.parse(readFileSync(join(distDir, "..", "..", api, "src", "generated", "openapi.json"), "utf8"));
}

export function specOperations(spec: any): SpecOperation[] {
  return Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        tag: operation.tags[0],
        permissions: operation["x-permissions"] ?? [],
      })),
  );
}
