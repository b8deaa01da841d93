// The worst the Phisherman server can send must still match the spec (see
// specs/CONVENTIONS.md, "Responses and requests are not mirror images"), and
// what it refuses must still be refused by the request schemas.
import { describe, expect, test } from "vitest";
import { createRequestBodyValidator, createResponseValidator, loadBundledSpec, responseSchemaProblems } from "@api-clients/contract-kit";

const spec = loadBundledSpec("phisherman");
const validateResponse = createResponseValidator(spec);
const validateRequest = createRequestBodyValidator(spec);

/** A full record with every optional value the server may leave unset sent as null. */
const sparseRecord = {
  status: null,
  created: "2021-12-29T21:42:29.000Z",
  updated: null,
  lastChecked: null,
  verifiedPhish: false,
  classification: "suspicious",
  firstSeen: null,
  lastSeen: null,
  targetedBrand: null,
  phishCaught: 0,
  details: {
    phishTankId: null,
    urlScanId: null,
    websiteScreenshot: null,
    ip_address: null,
    asn: null,
    registry: null,
    country: null,
  },
};

describe("responses: worst cases the server can send", () => {
  test.each([
    ["a new class", "phishing"],
    ["mixed case", "Suspicious"],
  ])("the classification is an open set: %s", (_what, classification) => {
    for (const status of [200, 404]) {
      expect(validateResponse("/domains/check/{domain}", "get", status, { classification, verifiedPhish: false })).toEqual([]);
      expect(validateResponse("/domains/info/{domain}", "get", status, { "x.example": { classification, verifiedPhish: false } })).toEqual(
        [],
      );
    }
  });

  test("unset record values are null (status, updated, lastChecked, targetedBrand, details.*)", () => {
    expect(validateResponse("/domains/info/{domain}", "get", 200, { "scam.example": sparseRecord })).toEqual([]);
  });

  test("details itself may be null, and asn and country may be empty objects", () => {
    expect(validateResponse("/domains/info/{domain}", "get", 200, { "scam.example": { ...sparseRecord, details: null } })).toEqual([]);
    const empty = { ...sparseRecord, details: { ...sparseRecord.details, asn: {}, country: {} } };
    expect(validateResponse("/domains/info/{domain}", "get", 200, { "scam.example": empty })).toEqual([]);
  });

  test("counters are returned as the server computed them, with no range enforced", () => {
    expect(validateResponse("/domains/info/{domain}", "get", 200, { "scam.example": { ...sparseRecord, phishCaught: -1 } })).toEqual([]);
    expect(validateResponse("/phish/caught/bulk", "post", 201, { message: "Success", data: { detections_count: -1 } })).toEqual([]);
  });

  test("only the documented fields are required: classification and verifiedPhish", () => {
    expect(validateResponse("/domains/info/{domain}", "get", 200, { "scam.example": { verifiedPhish: true } })).not.toEqual([]);
    expect(validateResponse("/domains/check/{domain}", "get", 200, { classification: "safe" })).not.toEqual([]);
  });
});

describe("requests: what the server refuses is still refused", () => {
  test("a guild that is not a Discord ID", () => {
    expect(validateRequest("/phish/caught/{domain}", "post", { guild: "466707357099884544" })).toEqual([]);
    expect(validateRequest("/phish/caught/{domain}", "post", { guild: "my-guild" })).not.toEqual([]);
    expect(validateRequest("/phish/caught/{domain}", "post", { guild: -1 })).not.toEqual([]);
  });

  test("bulk reports need at least one key and whole, non-negative timestamps", () => {
    expect(validateRequest("/phish/caught/bulk", "post", {})).not.toEqual([]);
    expect(validateRequest("/phish/caught/bulk", "post", { k: { "https://x.example/": [-5] } })).not.toEqual([]);
    expect(validateRequest("/phish/caught/bulk", "post", { k: { "https://x.example/": [1.5] } })).not.toEqual([]);
  });

  test("a new-phish report needs a URL", () => {
    expect(validateRequest("/phish/report", "put", {})).not.toEqual([]);
    expect(validateRequest("/phish/report", "put", { url: "" })).not.toEqual([]);
  });
});

// Every schema a response can reach, checked for write-time keywords: a new
// one has to be justified here or moved to a request schema.

test("no response schema carries write-time validation", () => {
  expect(responseSchemaProblems(spec)).toEqual([]);
});
