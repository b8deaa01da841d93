// @api-clients/husqy/testing, used the way a user's tests use it: MSW in
// this process, the real client (and its module clients), unwrap() and the
// typed errors.
import { describeTestKitCoverage, loadBundledSpec, testKitServer } from "@api-clients/contract-kit";
import { describe, expect, test } from "vitest";
import { BadRequestError, createHusqyClient, NotFoundError, RateLimitError, UnauthorizedError, unwrap } from "../../src/index.js";
import { createHusqyTestKit } from "../../src/testing.js";

const kit = createHusqyTestKit({ onViolation: "respond" });
const server = testKitServer(kit);
const client = () => createHusqyClient({ token: "husqy-test-token", ...kit.clientOptions() });
const guild_id = 1187654321098765432n;

describeTestKitCoverage({ spec: loadBundledSpec("husqy"), kit, server, headers: { Authorization: "Bearer husqy-test-token" } });

describe("what a user's tests get", () => {
  test("a module's operation: the default answer, then a typed override that sees the exact snowflake", async () => {
    const logging = client().module("logging");
    expect(await unwrap(logging.GET("/settings", { params: { query: { guild_id } } }))).toEqual(kit.example("getLoggingSettings"));
    server.use(
      kit.handle("getLoggingSettings", ({ query }) => {
        const example = kit.example("getLoggingSettings");
        // Beyond 2^53: the kit hands it over exact, as its decimal string.
        return { status: 200, body: { data: { settings: { ...example.data.settings, guild_id: String(query.guild_id) } } } };
      }),
    );
    const { data } = await unwrap(logging.GET("/settings", { params: { query: { guild_id } } }));
    expect(data.settings.guild_id).toBe("1187654321098765432");
  });

  test("a snowflake in a body reaches the override exact", async () => {
    let sent: unknown;
    server.use(
      kit.handle("enableLogging", ({ body }) => {
        sent = body.guild_id;
        return undefined; // and the default answer
      }),
    );
    await unwrap(client().module("logging").POST("/enable", { body: { guild_id } }));
    expect(sent).toBe("1187654321098765432");
  });

  test("a request the spec does not allow fails with the operation and the field", async () => {
    const error = await unwrap(client().GET("/settings", { params: { query: {} as never } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      code: "ValidationError",
      message: expect.stringContaining("getServerSettings: query parameter guild_id is required"),
    });
  });

  test("notFound() and unauthorized(): Husqy's problem details", async () => {
    server.use(kit.notFound("getServerSettings"), kit.unauthorized());
    const notFound = await unwrap(client().GET("/settings", { params: { query: { guild_id } } })).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ code: "NotFound", body: { status: 404 } });
    expect(
      await unwrap(
        client()
          .module("logging")
          .GET("/settings", { params: { query: { guild_id } } }),
      ).catch((e: unknown) => e),
    ).toBeInstanceOf(UnauthorizedError);
  });

  test("rateLimited(): Husqy documents no 429, so its 4XX problem details are re-worded for 429, with Retry-After", async () => {
    server.use(kit.rateLimited());
    const error = await unwrap(client().GET("/livez")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: "TooManyRequests", body: { status: 429, title: "TooManyRequests" } });
    expect((error as RateLimitError).retryAfterMs).toBeGreaterThan(590_000);
  });
});
