import { createPwnbookClient, NotFoundError, unwrap } from "@api-clients/pwnbook";
import { createPwnbookTestKit } from "@api-clients/pwnbook/testing";
import { setupServer } from "msw/node";

// In a test file: server.listen() in beforeAll, server.resetHandlers() in afterEach, server.close() in afterAll.
const pwnbook = createPwnbookTestKit(); // { baseUrl } for a self-hosted instance, as you give the client
const server = setupServer(...pwnbook.handlers);
server.listen({ onUnhandledRequest: "error" });
const client = createPwnbookClient({ apiKey: "pwbk_test_example", ...pwnbook.clientOptions() });

// paginate() over the spec's example page…
const names: string[] = [];
for await (const engagement of client.paginate("listEngagements")) names.push(engagement.name);
// …and Pwnbook's own 404 body ({ error: { code, message, statusCode } }): NotFoundError with its code.
server.use(pwnbook.notFound("getEngagement"));
const failure = await unwrap(client.GET("/engagements/{id}", { params: { path: { id: "eng_missing" } } })).catch((error: unknown) => error);
if (!(failure instanceof NotFoundError)) throw new Error("expected NotFoundError");
console.log(names, failure.code);
server.close();
