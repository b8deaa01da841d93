// @api-clients/husqy/testing: MSW handlers for Husqy, built from the spec this
// package ships (see @api-clients/testing-kit).
import { createTestKit, type TestKit, type TestKitOptions } from "@api-clients/testing-kit";
import { husqyDefinition } from "./definition.js";
import document from "./generated/openapi.json" with { type: "json" };
import type { operations } from "./generated/schema.js";

export type HusqyTestKit = TestKit<operations>;

/**
 * A test kit for code that calls Husqy: `handlers` answer every operation
 * from the spec's examples, `handle()` overrides one with a typed reply,
 * and `unauthorized()`, `notFound()`, `rateLimited()` answer the way Husqy does. Every request is checked against the spec.
 */
export function createHusqyTestKit(options: TestKitOptions = {}): HusqyTestKit {
  return createTestKit<operations>({ document, definition: husqyDefinition, factory: "createHusqyTestKit" }, options);
}

export { SpecViolationError, type TestKitOptions } from "@api-clients/testing-kit";
