// One client per suite, wired to the Prism mock through a recording fetch.
import { inject } from "vitest";
import { createOperationMatcher, createRecordingFetch, createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";
import { createPluralKitClient, type PluralKitClientOptions } from "../../src/index.js";

export const spec = loadBundledSpec("pluralkit");
export const recorder = createRecordingFetch(createOperationMatcher(spec));
export const validateBody = createResponseValidator(spec);
let tokens = 0;

/** A fresh token per client: a forced 401 retires a token for the whole process. */
export function mockClient(options: PluralKitClientOptions = {}) {
  return createPluralKitClient({
    token: `pk-contract-token-${++tokens}`,
    baseUrl: inject("mockUrl"),
    fetch: recorder.fetch,
    userAgent: "contract-tests",
    // PluralKit's real windows, ten times faster, so the suite stays quick.
    rateLimit: { timeScale: 0.1 },
    retry: { initialDelayMs: 1 },
    ...options,
  });
}
