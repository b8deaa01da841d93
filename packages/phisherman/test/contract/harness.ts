// One recording proxy per test file in front of the suite's Prism mock; clients use the platform's fetch.
import { contractHarness } from "@api-clients/contract-kit";
import { createPhishermanClient, type PhishermanClientOptions } from "../../src/index.js";

export const { spec, recorder, validateBody } = await contractHarness("phisherman");

let keys = 0;
/** A fresh credential per client: a forced 429 pauses its credential in the process's shared store. */
export function mockClient(options: PhishermanClientOptions = {}) {
  return createPhishermanClient({
    apiKey: `contract-key-${++keys}`,
    baseUrl: recorder.url,
    userAgent: "contract-tests",
    rateLimit: { timeScale: 0.01 },
    retry: false,
    ...options,
  });
}
