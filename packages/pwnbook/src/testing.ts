// @api-clients/pwnbook/testing: MSW handlers for Pwnbook, built from the spec this
// package ships (see @api-clients/testing-kit).
import { createTestKit, type TestKit, type TestKitOptions } from "@api-clients/testing-kit";
import { pwnbookBaseUrl } from "./base-url.js";
import { pwnbookDefinition } from "./definition.js";
import document from "./generated/openapi.json" with { type: "json" };
import type { operations } from "./generated/schema.js";

export type PwnbookTestKit = TestKit<operations>;

/**
 * A test kit for code that calls Pwnbook: `handlers` answer every operation
 * from the spec's examples, `handle()` overrides one with a typed reply,
 * and `unauthorized()`, `notFound()`, `rateLimited()` answer the way Pwnbook does. Every request is checked against the spec.
 */
export function createPwnbookTestKit(options: TestKitOptions = {}): PwnbookTestKit {
  return createTestKit<operations>(
    { document, definition: pwnbookDefinition, factory: "createPwnbookTestKit", baseUrl: pwnbookBaseUrl },
    options,
  );
}

export { SpecViolationError, type TestKitOptions } from "@api-clients/testing-kit";
