import { inject } from "vitest";
import { createOperationMatcher, createRecordingFetch, createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";
import { createHusqyClient, type HusqyClientOptions } from "../../src/index.js";

export const spec = loadBundledSpec("husqy");
export const recorder = createRecordingFetch(createOperationMatcher(spec));
export const validateBody = createResponseValidator(spec);

let tokens = 0;
/** A client on the Prism mock, with a fresh token each time: a forced 401 retires a token for the process. */
export function mockClient(options: HusqyClientOptions = {}) {
  return createHusqyClient({
    token: `husqy-contract-token-${++tokens}`,
    baseUrl: inject("mockUrl"),
    fetch: recorder.fetch,
    retry: false,
    ...options,
  });
}
