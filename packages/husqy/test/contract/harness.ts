// One recording proxy per test file in front of the suite's Prism mock; clients use the platform's fetch.
import { contractHarness } from "@api-clients/contract-kit";
import { createHusqyClient, type HusqyClientOptions } from "../../src/index.js";

export const { spec, recorder, validateBody } = await contractHarness("husqy");

let keys = 0;
/** A fresh credential per client: a forced 429 pauses its credential in the process's shared store. */
export function mockClient(options: HusqyClientOptions = {}) {
  return createHusqyClient({ token: `husqy-contract-token-${++keys}`, baseUrl: recorder.url, retry: false, ...options });
}
