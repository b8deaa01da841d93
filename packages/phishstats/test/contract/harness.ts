// One recording proxy per test file in front of the suite's Prism mock; clients use the platform's fetch.
import { contractHarness } from "@api-clients/contract-kit";
import { createPhishStatsClient, type PhishStatsClientOptions } from "../../src/index.js";

export const { spec, recorder, validateBody } = await contractHarness("phishstats");

let keys = 0;
/** A fresh key per client: a forced daily-quota 429 pauses a key in the process's shared store until midnight. */
export function mockClient(options: PhishStatsClientOptions = {}) {
  return createPhishStatsClient({
    apiKey: `psk_contract_${++keys}`,
    baseUrl: recorder.url,
    rateLimit: { timeScale: 0.001 },
    retry: false,
    ...options,
  });
}
