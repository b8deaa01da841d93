// @api-clients/pluralkit/testing: MSW handlers for PluralKit, built from the
// spec this package ships (see @api-clients/testing-kit).
import { createTestKit, type TestKit, type TestKitOptions } from "@api-clients/testing-kit";
import { pluralKitDefinition } from "./definition.js";
import document from "./generated/openapi.json" with { type: "json" };
import type { operations } from "./generated/schema.js";

export type PluralKitTestKit = TestKit<operations>;

/**
 * A test kit for code that calls PluralKit: `handlers` answer every
 * operation from the spec's examples, `handle()` overrides one with a typed
 * reply, and `unauthorized()`, `notFound()`, `rateLimited()` answer the way
 * PluralKit does. Every request is checked against the spec.
 */
export function createPluralKitTestKit(options: TestKitOptions = {}): PluralKitTestKit {
  return createTestKit<operations>({ document, definition: pluralKitDefinition, factory: "createPluralKitTestKit" }, options);
}

export { SpecViolationError, type TestKitOptions } from "@api-clients/testing-kit";
