import { inject } from "vitest";
import { createOperationMatcher, createRecordingFetch, createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";
import { createPhishermanClient, type PhishermanClientOptions } from "../../src/index.js";

export const spec = loadBundledSpec("phisherman");
export const recorder = createRecordingFetch(createOperationMatcher(spec));
export const validateBody = createResponseValidator(spec);

let keys = 0;
/** A fresh key per client, so a forced 401 (which retires a key) never affects another test. */
export function mockClient(options: PhishermanClientOptions = {}) {
  return createPhishermanClient({
    apiKey: `contract-key-${++keys}`,
    baseUrl: inject("mockUrl"),
    fetch: recorder.fetch,
    userAgent: "contract-tests",
    rateLimit: { timeScale: 0.01 },
    retry: false,
    ...options,
  });
}
