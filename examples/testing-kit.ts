import { createPhishermanClient, type operations, phishermanDefinition } from "@api-clients/phisherman";
import document from "@api-clients/phisherman/openapi.json" with { type: "json" };
import { createTestKit, type SpecViolationError } from "@api-clients/testing-kit";
import { setupServer } from "msw/node";

// What @api-clients/phisherman/testing is: the package's shipped spec and its definition, bound.
const violations: SpecViolationError[] = [];
const phisherman = createTestKit<operations>(
  { document, definition: phishermanDefinition, factory: "createPhishermanTestKit" },
  { onViolation: (violation) => violations.push(violation) }, // default: "error", which fails the test run
);
const server = setupServer(...phisherman.handlers);
server.listen({ onUnhandledRequest: "error" });
const client = createPhishermanClient({ apiKey: "test-key", ...phisherman.clientOptions() });

// The types allow an empty URL; the spec does not (minLength: 1). The kit answers with
// Phisherman's own 400 carrying the same words, and reports the violation.
const { response } = await client.PUT("/phish/report", { body: { url: "" } });
console.log(
  response.status,
  violations.map((violation) => violation.summary),
);
server.close();
