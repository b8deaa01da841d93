// Every example body an API's own docs show and the notes mark `accept` must
// validate against our spec (specs/<api>/documented-examples.json).
import { describe, expect, test } from "vitest";
import { createDocumentedExampleChecker, loadDocumentedExamples } from "./documented-examples.js";
import { loadBundledSpec } from "./load-spec.js";

export function describeDocumentedExamples(api: string): void {
  const accepted = loadDocumentedExamples(api).filter((example) => example.expect === "accept");
  const check = createDocumentedExampleChecker(loadBundledSpec(api));
  describe(`documented ${api} examples`, () => {
    test("the notes mark at least one example as accept", () => {
      expect(accepted.length).toBeGreaterThan(0);
    });
    test.each(accepted.map((example) => [example.id, example] as const))("%s validates against the spec", (_id, example) => {
      expect(check(example)).toEqual([]);
    });
  });
}
