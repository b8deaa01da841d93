// Reads the bundled spec that `pnpm generate` wrote into an API package.
import { readFileSync } from "node:fs";
import { bundledSpecPath } from "@api-clients/mock";

export type OpenApiDocument = {
  paths: Record<string, Record<string, any>>;
  components?: Record<string, any>;
  [key: string]: unknown;
};

const cache = new Map<string, OpenApiDocument>();

export function loadBundledSpec(api: string): OpenApiDocument {
  let document = cache.get(api);
  if (!document) {
    document = JSON.parse(readFileSync(bundledSpecPath(api), "utf8")) as OpenApiDocument;
    cache.set(api, document);
  }
  return document;
}
