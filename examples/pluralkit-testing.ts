import { createPluralKitClient, RateLimitError, unwrap } from "@api-clients/pluralkit";
import { createPluralKitTestKit } from "@api-clients/pluralkit/testing";
import { setupServer } from "msw/node";

// In a test file: server.listen() in beforeAll, server.resetHandlers() in afterEach, server.close() in afterAll.
const pluralkit = createPluralKitTestKit();
const server = setupServer(...pluralkit.handlers);
server.listen({ onUnhandledRequest: "error" });

// Your code's client, on the kit's base URL with a rate-limit store of its own (one test's 429 does not pause the next).
const pk = createPluralKitClient({ token: "test-token", userAgent: "my-bot-tests", ...pluralkit.clientOptions() });

// Every operation answers with the spec's example…
const system = await unwrap(pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "@me" } } }));
// …or with what your test needs, type-checked against the spec.
server.use(
  pluralkit.handle("getMember", ({ params }) => ({ status: 200, body: { ...pluralkit.example("getMember"), name: params.memberRef } })),
);
const member = await unwrap(pk.GET("/members/{memberRef}", { params: { path: { memberRef: "alexa" } } }));
// PluralKit's own 429: `retry_after` in the body, X-RateLimit-* headers; the client fails with RateLimitError.
server.use(pluralkit.rateLimited("createMember"));
const failure = await unwrap(pk.POST("/members", { body: { name: "Alex" } })).catch((error: unknown) => error);
console.log(system.name, member.name, failure instanceof RateLimitError);
server.close();
