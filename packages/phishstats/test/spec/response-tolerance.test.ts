// The worst the PhishStats server can send must still match the spec (see
// specs/CONVENTIONS.md, "Responses and requests are not mirror images").
// PhishStats takes no request bodies, so there is no request side to check.
import { describe, expect, expectTypeOf, test } from "vitest";
import { createResponseValidator, loadBundledSpec, responseSchemaProblems } from "@api-clients/contract-kit";
import type { components, PhishingRecord } from "../../src/index.js";

const spec = loadBundledSpec("phishstats");
const validateResponse = createResponseValidator(spec);

describe("responses: worst cases the server can send", () => {
  test("`_fields` can leave out any field, id and url included", () => {
    expect(validateResponse("/phishing", "get", 200, [{ score: 7.2, date: "2025-03-02T11:45:09.000Z" }])).toEqual([]);
    expect(validateResponse("/phishing", "get", 200, [{ url: "https://x.example/" }, {}])).toEqual([]);
  });

  test("types: the raw response's fields are all optional; records() (which never sends `_fields`) still has id and url", () => {
    expectTypeOf<components["schemas"]["PhishingRecord"]["id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PhishingRecord["id"]>().toEqualTypeOf<number>();
    expectTypeOf<PhishingRecord["url"]>().toEqualTypeOf<string>();
  });

  test("a legacy row with a null first-seen date", () => {
    expect(validateResponse("/phishing", "get", 200, [{ id: 1, url: "http://old.example/", date: null, date_update: null }])).toEqual([]);
  });

  test("a 429 names a limit type outside the three seen so far", () => {
    const body = { error: "Monthly quota reached.", limit_type: "monthly", limit: 30000, quota_resets_at: "2025-04-01T00:00:00.000Z" };
    expect(validateResponse("/phishing", "get", 429, body)).toEqual([]);
  });

  test("what PhishStats writes itself keeps its shape: quota_resets_at is a date-time", () => {
    expect(validateResponse("/phishing", "get", 429, { error: "x", limit_type: "daily", quota_resets_at: "tomorrow" })).not.toEqual([]);
  });
});

// Every schema a response can reach, checked for write-time keywords: a new
// one has to be justified here or moved to a request schema.

test("no response schema carries write-time validation", () => {
  expect(responseSchemaProblems(spec)).toEqual([]);
});
