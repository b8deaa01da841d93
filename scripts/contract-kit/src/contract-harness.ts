// What every API's contract suite starts from: the bundled spec, a recording
// proxy in front of the suite's Prism mock (started by prismGlobalSetup), and
// a response validator. Clients under test get `baseUrl: recorder.url` and
// no `fetch`, so they run on the platform's fetch over real HTTP, as users' do.
import { afterAll, inject } from "vitest";
import { loadBundledSpec } from "./load-spec.js";
import { createOperationMatcher } from "./operation-matcher.js";
import { startRecordingProxy } from "./recording-proxy.js";
import { createResponseValidator } from "./response-validator.js";

export async function contractHarness(api: string) {
  const spec = loadBundledSpec(api);
  const recorder = await startRecordingProxy(inject("mockUrl"), createOperationMatcher(spec));
  afterAll(() => recorder.close());
  return { spec, recorder, validateBody: createResponseValidator(spec) };
}
