// @api-clients/phisherman/testing: MSW handlers for Phisherman, built from the spec this
// package ships (see @api-clients/testing-kit).
import { createTestKit, type TestKit, type TestKitOptions } from "@api-clients/testing-kit";
import { phishermanDefinition } from "./definition.js";
import document from "./generated/openapi.json" with { type: "json" };
import type { operations } from "./generated/schema.js";

export type PhishermanTestKit = TestKit<operations>;

/**
 * A test kit for code that calls Phisherman: `handlers` answer every operation
 * from the spec's examples, `handle()` overrides one with a typed reply,
 * and `unauthorized()`, `notFound()`, `rateLimited()` answer the way Phisherman does. Every request is checked against the spec.
 */
export function createPhishermanTestKit(options: TestKitOptions = {}): PhishermanTestKit {
  return createTestKit<operations>({ document, definition: phishermanDefinition, factory: "createPhishermanTestKit" }, options);
}

export { SpecViolationError, type TestKitOptions } from "@api-clients/testing-kit";
