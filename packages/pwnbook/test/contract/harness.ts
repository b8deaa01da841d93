import { inject } from "vitest";
import { createOperationMatcher, createRecordingFetch, createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";
import { createPwnbookClient, type PwnbookClientOptions } from "../../src/index.js";

export const spec = loadBundledSpec("pwnbook");
export const recorder = createRecordingFetch(createOperationMatcher(spec));
export const validateBody = createResponseValidator(spec);

let keys = 0;
/** A fresh key per client: a forced 401 retires a key for the process. */
export function mockClient(options: PwnbookClientOptions = {}) {
  return createPwnbookClient({
    apiKey: `pwbk_test_contract${++keys}`,
    baseUrl: inject("mockUrl"),
    fetch: recorder.fetch,
    retry: false,
    ...options,
  });
}
