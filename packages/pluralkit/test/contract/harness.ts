// One recording proxy per test file in front of the suite's Prism mock; clients use the platform's fetch.
import { contractHarness } from "@api-clients/contract-kit";
import { createPluralKitClient, type PluralKitClientOptions } from "../../src/index.js";

export const { spec, recorder, validateBody } = await contractHarness("pluralkit");

let keys = 0;
/** A fresh credential per client: a forced 429 pauses its credential in the process's shared store. */
export function mockClient(options: PluralKitClientOptions = {}) {
  return createPluralKitClient({
    token: `pk-contract-token-${++keys}`,
    baseUrl: recorder.url,
    userAgent: "contract-tests",
    // PluralKit's real windows, ten times faster, so the suite stays quick.
    rateLimit: { timeScale: 0.1 },
    retry: { initialDelayMs: 1 },
    ...options,
  });
}
