// Vitest globalSetup: one Prism process per API suite, started once for all
// its test files. The suite reads the URL with `inject("mockUrl")`.
import { bundledSpecPath, startPrism } from "@api-clients/mock";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export function prismGlobalSetup(api: string) {
  return async function setup(project: TestProject) {
    const server = await startPrism({ spec: bundledSpecPath(api), errors: true });
    project.provide("mockUrl", server.url);
    return () => server.stop();
  };
}
