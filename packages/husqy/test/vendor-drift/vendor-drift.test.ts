// Drift check: specs/husqy against the vendor's own machine-generated OpenAPI
// files (test/vendor-openapi/, husqybot/husqybot.github.io openapi/, pinned
// in that folder's README). It reads only committed files.
//
// Which operations: every vendor operation, mapped to our path (the file's
// server URL minus ours is its prefix, see vendor-specs.ts), except the ones
// only the bot calls (user-facing.ts: the /privacy pair, event and check
// hooks, the bot's message senders, serverstats' non-GET /stats ingest),
// which our spec leaves out on purpose. Our operations the vendor lacks are
// differences too.
//
// What must hold, per operation (same method and path):
// - parameters: the same set (by `in` and name), each with the same
//   `required` and the same types (array item types included); `null` is
//   left out of parameter types on both sides, as no query or path can carry it;
// - request body: present on both or neither, same `required`, and the JSON
//   schemas accept the same bodies: every body ours accepts the vendor's
//   accepts, and the reverse (readOnly properties are not part of a request);
// - responses: for every status the vendor declares, ours declares it (or its
//   `4XX`/`5XX` range, or `default`) and accepts every body the vendor's
//   schema allows.
// "Accepts" is checked twice (contract-kit's createSchemaComparer): a
// structural subschema check over $ref, type (arrays, null, nullable),
// enum/const, string and number bounds, pattern, format, properties,
// required, additionalProperties, items and anyOf/oneOf/allOf; and samples
// generated from one schema (typical, required-only, nulls, every type of a
// union, boundary values) validated against the other with ajv. Objects are
// read as holding only their declared properties, so a field one side
// declares and the other does not is a difference.
//
// Every difference is collected and the test fails once with the full list,
// one line per difference: operation | location | field | what differs.
// Deliberate differences live in allowed-differences.ts, each with a reason.
import { loadBundledSpec } from "@api-clients/contract-kit";
import { beforeAll, describe, expect, test } from "vitest";
import { allowedDifferences, explains } from "./allowed-differences.js";
import { type Drift, findDrift, formatDifference } from "./find-drift.js";
import { loadVendorServices } from "./vendor-specs.js";

const ours = loadBundledSpec("husqy");
const services = loadVendorServices((ours.servers as { url: string }[])[0]!.url);
let drift: Drift;
beforeAll(() => {
  drift = findDrift(ours, services);
}, 120_000);

describe("specs/husqy against the vendor's OpenAPI files", () => {
  test("the fixtures hold the 16 services, each under a distinct prefix of our server", () => {
    expect(services).toHaveLength(16);
    expect(new Set(services.map((s) => s.prefix)).size).toBe(16);
    expect(drift.userFacing).toBeGreaterThan(0);
    console.info(`vendor operations compared: ${drift.compared}, user-facing: ${drift.userFacing}`);
  });

  test("every user-facing vendor operation matches ours (parameters, request bodies both ways, responses)", () => {
    const unexplained = drift.differences.filter((d) => !allowedDifferences.some((entry) => explains(entry, d)));
    if (unexplained.length > 0) {
      throw new Error(
        `${unexplained.length} difference(s) between specs/husqy and the vendor's OpenAPI files; fix the spec, or add an entry with a reason to allowed-differences.ts:\n${unexplained.map(formatDifference).join("\n")}`,
      );
    }
  });

  test("every allow-list entry still explains a difference", () => {
    const stale = allowedDifferences.filter((entry) => !drift.differences.some((d) => explains(entry, d)));
    expect(stale.map((entry) => entry.reason)).toEqual([]);
  });
});
