// @api-clients/phishstats/testing: MSW handlers for PhishStats, built from the spec this
// package ships (see @api-clients/testing-kit).
import { createTestKit, type TestKit, type TestKitOptions } from "@api-clients/testing-kit";
import { phishStatsDefinition } from "./definition.js";
import document from "./generated/openapi.json" with { type: "json" };
import type { operations } from "./generated/schema.js";

export type PhishStatsTestKit = TestKit<operations>;

/**
 * A test kit for code that calls PhishStats: `handlers` answer every operation
 * from the spec's examples, `handle()` overrides one with a typed reply,
 * and `unauthorized()`, `rateLimited()` and `quotaExceeded()` answer the way PhishStats does. Every request is checked against the spec.
 */
export function createPhishStatsTestKit(options: TestKitOptions = {}): PhishStatsTestKit {
  return createTestKit<operations>({ document, definition: phishStatsDefinition, factory: "createPhishStatsTestKit" }, options);
}

export { SpecViolationError, type TestKitOptions } from "@api-clients/testing-kit";
