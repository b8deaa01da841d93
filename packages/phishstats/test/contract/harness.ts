import { inject } from "vitest";
import { createOperationMatcher, createRecordingFetch, createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";
import { createPhishStatsClient, type PhishStatsClientOptions } from "../../src/index.js";

export const spec = loadBundledSpec("phishstats");
export const recorder = createRecordingFetch(createOperationMatcher(spec));
export const validateBody = createResponseValidator(spec);

let keys = 0;
/** A fresh key per client: a forced 401 or daily-quota 429 retires a key for the process. */
export function mockClient(options: PhishStatsClientOptions = {}) {
  return createPhishStatsClient({
    apiKey: `psk_contract_${++keys}`,
    baseUrl: inject("mockUrl"),
    fetch: recorder.fetch,
    rateLimit: { timeScale: 0.001 },
    retry: false,
    ...options,
  });
}
