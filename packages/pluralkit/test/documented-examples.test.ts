// Every example body PluralKit's own docs show and the notes mark `accept`
// must validate against our spec (../shared/api-notes/documented-examples.json).
import { describe, expect, test } from "vitest";
import { createDocumentedExampleChecker, loadBundledSpec, loadDocumentedExamples } from "@api-clients/contract-kit";

const accepted = loadDocumentedExamples("pluralkit").filter((example) => example.expect === "accept");
const check = createDocumentedExampleChecker(loadBundledSpec("pluralkit"));

describe("documented PluralKit examples", () => {
  test("the notes mark at least one example as accept", () => {
    expect(accepted.length).toBeGreaterThan(0);
  });
  test.each(accepted.map((example) => [example.id, example] as const))("%s validates against the spec", (_id, example) => {
    expect(check(example)).toEqual([]);
  });
});
