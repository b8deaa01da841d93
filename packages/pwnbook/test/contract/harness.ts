import { inject } from "vitest";
import { createOperationMatcher, createRecordingFetch, createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";
import { createPwnbookClient, type PwnbookClientOptions } from "../../src/index.js";

export const spec = loadBundledSpec("pwnbook");
export const recorder = createRecordingFetch(createOperationMatcher(spec));
export const validateBody = createResponseValidator(spec);

/**
 * Prism serves the spec's paths at its root, while the client (rightly) puts
 * them under /api/v1; this test adapter strips the prefix on the way to Prism.
 */
const toPrism: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/^\/api\/v1/, "");
  return recorder.fetch(new Request(url, request));
};

let keys = 0;
/** A fresh key per client: a forced 401 retires a key for the process. */
export function mockClient(options: PwnbookClientOptions = {}) {
  return createPwnbookClient({
    apiKey: `pwbk_test_contract${++keys}`,
    baseUrl: `${inject("mockUrl")}/api/v1`,
    fetch: toPrism,
    retry: false,
    ...options,
  });
}
