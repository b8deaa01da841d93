// The example bodies the APIs' own docs show, kept beside each spec as
// specs/<api>/documented-examples.json (each with the doc it came from).
// Those marked `accept` are ground truth: each must validate against the
// schema our spec gives that operation and status.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@api-clients/codegen";
import type { OpenApiDocument } from "./load-spec.js";
import { createResponseValidator } from "./response-validator.js";
import { createRequestBodyValidator } from "./request-body-validator.js";
import { createOperationMatcher } from "./operation-matcher.js";

export interface DocumentedExample {
  id: string;
  /** Where the API's docs show it. */
  source: string;
  method: string | null;
  path: string | null;
  status: number | null;
  kind: "request" | "response";
  expect: "accept" | "skip" | "reject";
  body: unknown;
}

export const documentedExamplesPath = (api: string) => join(repoRoot, "specs", api, "documented-examples.json");

export function loadDocumentedExamples(api: string): DocumentedExample[] {
  const path = documentedExamplesPath(api);
  if (!existsSync(path)) throw new Error(`${path} is missing: every spec keeps the examples its API's docs show beside it`);
  return (JSON.parse(readFileSync(path, "utf8")) as { examples: DocumentedExample[] }).examples;
}

/**
 * Checks one documented example against the spec. A `*` method and path (an
 * example that applies to every endpoint, like a 429 body) is checked against
 * every operation. Paths may carry the server's base path (`/v2/...`).
 * Returns the problems found, empty when the spec accepts the example.
 */
export function createDocumentedExampleChecker(document: OpenApiDocument) {
  const validateResponse = createResponseValidator(document);
  const validateRequest = createRequestBodyValidator(document);
  const match = createOperationMatcher(document);
  return (example: DocumentedExample) => checkOne(document, example, validateResponse, validateRequest, match);
}

function checkOne(
  document: OpenApiDocument,
  example: DocumentedExample,
  validateResponse: ReturnType<typeof createResponseValidator>,
  validateRequest: ReturnType<typeof createRequestBodyValidator>,
  match: ReturnType<typeof createOperationMatcher>,
): string[] {
  const targets: { path: string; method: string }[] = [];
  if (example.path === "*" || example.method === "*") {
    // An example for "every endpoint" (a 429 body, a 404 problem) applies to
    // each operation that declares its status; one that names no status, to all.
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
        if (example.status !== null && !(String(example.status) in ((operation as { responses?: object }).responses ?? {}))) continue;
        targets.push({ path, method });
      }
    }
    if (targets.length === 0) return [`${example.id}: no operation declares a ${example.status} response`];
  } else {
    // The matcher also accepts paths that carry a server's base path (`/v2/...`).
    const path = match(example.method!, example.path!)?.path;
    if (!path) return [`${example.id}: the spec has no path for ${example.method} ${example.path}`];
    targets.push({ path, method: example.method!.toLowerCase() });
  }
  const problems: string[] = [];
  for (const { path, method } of targets) {
    let found: string[];
    if (example.kind === "request") found = validateRequest(path, method, example.body);
    else if (example.status !== null) found = validateResponse(path, method, example.status, example.body);
    else {
      // The docs gave no status: the example must fit one of the success responses.
      const statuses = Object.keys(document.paths[path]?.[method]?.responses ?? {}).filter((s) => /^2\d\d$/.test(s));
      const attempts = statuses.map((status) => validateResponse(path, method, Number(status), example.body));
      found = attempts.some((a) => a.length === 0) ? [] : (attempts[0] ?? ["no success response declared"]);
    }
    problems.push(...found.map((problem) => `${example.id} vs ${method.toUpperCase()} ${path}: ${problem}`));
  }
  return problems;
}
