import { createPhishermanClient, UnauthorizedError } from "@api-clients/phisherman";
import { createPhishermanTestKit } from "@api-clients/phisherman/testing";
import { setupServer } from "msw/node";

// In a test file: server.listen() in beforeAll, server.resetHandlers() in afterEach, server.close() in afterAll.
const phisherman = createPhishermanTestKit();
const server = setupServer(...phisherman.handlers);
server.listen({ onUnhandledRequest: "error" });
const client = () => createPhishermanClient({ apiKey: "test-key", userAgent: "MyBot tests", ...phisherman.clientOptions() });

// A typed override: Phisherman's answer for a domain it knows as malicious.
server.use(phisherman.handle("checkDomain", () => ({ status: 200, body: { classification: "malicious", verifiedPhish: true } })));
const check = await client().classifyDomain("https://free-nitro.example/claim");
// Phisherman's own 401 body; the client fails with UnauthorizedError (and stops using the key).
server.use(phisherman.unauthorized());
const failure = await client()
  .classifyDomain("free-nitro.example")
  .catch((error: unknown) => error);
console.log(check.isPhish, check.classification, failure instanceof UnauthorizedError);
server.close();
