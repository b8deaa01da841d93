// One recording proxy per test file in front of the suite's Prism mock; clients use the platform's fetch.
import { contractHarness } from "@api-clients/contract-kit";
import { createPwnbookClient, type PwnbookClientOptions } from "../../src/index.js";

export const { spec, recorder, validateBody } = await contractHarness("pwnbook");

let keys = 0;
/** A fresh credential per client: a forced 429 pauses its credential in the process's shared store. */
export function mockClient(options: PwnbookClientOptions = {}) {
  return createPwnbookClient({ apiKey: `pwbk_test_contract${++keys}`, baseUrl: recorder.url, retry: false, ...options });
}
