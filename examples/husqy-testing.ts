import { createHusqyClient, RateLimitError, unwrap } from "@api-clients/husqy";
import { createHusqyTestKit } from "@api-clients/husqy/testing";
import { setupServer } from "msw/node";

// In a test file: server.listen() in beforeAll, server.resetHandlers() in afterEach, server.close() in afterAll.
const husqy = createHusqyTestKit();
const server = setupServer(...husqy.handlers);
server.listen({ onUnhandledRequest: "error" });
const client = createHusqyClient({ token: "test-token", ...husqy.clientOptions() });
const guild_id = "1187654321098765432";

// A module operation, overridden with a typed reply.
server.use(
  husqy.handle("getLoggingSettings", () => {
    const { data } = husqy.example("getLoggingSettings");
    return { status: 200, body: { data: { settings: { ...data.settings, log_games: true } } } };
  }),
);
const { data } = await unwrap(client.module("logging").GET("/settings", { params: { query: { guild_id } } }));
// Husqy documents no 429; the kit answers with its problem details re-worded for 429, plus Retry-After.
server.use(husqy.rateLimited());
const failure = await unwrap(client.GET("/settings", { params: { query: { guild_id } } })).catch((error: unknown) => error);
console.log(data.settings.log_games, failure instanceof RateLimitError);
server.close();
