// @api-clients/phishstats/testing, used the way a user's tests use it: MSW in
// this process, the real client, unwrap() and the typed errors.
import { describeTestKitCoverage, loadBundledSpec, testKitServer } from "@api-clients/contract-kit";
import { describe, expect, test } from "vitest";
import {
  BadRequestError,
  createPhishStatsClient,
  field,
  QuotaExceededError,
  RateLimitError,
  UnauthorizedError,
  unwrap,
} from "../../src/index.js";
import { createPhishStatsTestKit } from "../../src/testing.js";

const kit = createPhishStatsTestKit({ onViolation: "respond" });
const server = testKitServer(kit);
const client = () => createPhishStatsClient({ apiKey: "psk_test", ...kit.clientOptions() });

describeTestKitCoverage({ spec: loadBundledSpec("phishstats"), kit, server, headers: { "X-API-Key": "psk_test" } });

describe("what a user's tests get", () => {
  test("list() with a filter: the default answer, then a typed override that sees the query", async () => {
    const page = await unwrap(client().list({ where: field("score").gt(5) }));
    expect(page).toEqual(kit.example("listPhishing"));
    server.use(
      kit.handle("listPhishing", ({ query }) => ({
        status: 200,
        body: [{ ...kit.example("listPhishing")[0]!, url: `where ${query._where}` }],
      })),
    );
    expect((await unwrap(client().list({ where: field("score").gt(5) })))[0]?.url).toBe("where (score,gt,5)");
  });

  test("quotaExceeded(): the daily quota body for a key, QuotaExceededError until the reset", async () => {
    const resetAt = new Date(Date.now() + 3_600_000);
    server.use(kit.quotaExceeded(undefined, { resetAt }));
    const error = await unwrap(client().list()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ quota: "daily", resetAt, body: { limit_type: "daily", quota_resets_at: resetAt.toISOString() } });
  });

  test("quotaExceeded() for an anonymous caller: the anonymous quota, reset at the next UTC midnight", async () => {
    server.use(kit.quotaExceeded());
    const anonymous = createPhishStatsClient(kit.clientOptions());
    const error = await unwrap(anonymous.list()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExceededError);
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(error).toMatchObject({ quota: "anonymous_daily", resetAt: midnight });
  });

  test("rateLimited(): the per-minute burst body, RateLimitError", async () => {
    server.use(kit.rateLimited());
    const error = await unwrap(client().list()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(QuotaExceededError);
    expect((error as RateLimitError).body).toEqual({ message: "API rate limit exceeded (20/min). Spread requests across time." });
  });

  test("unauthorized(): PhishStats' 401", async () => {
    server.use(kit.unauthorized());
    expect(await unwrap(client().list()).catch((e: unknown) => e)).toBeInstanceOf(UnauthorizedError);
  });

  test("PhishStats declares no 404: notFound() says so", () => {
    expect(() => kit.notFound()).toThrow("createPhishStatsTestKit().notFound: the PhishStats API spec declares no 404 answer");
  });

  test("a query parameter the spec does not have fails with its name", async () => {
    const error = await unwrap(client().GET("/phishing", { params: { query: { _sizee: 5 } as never } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain("listPhishing: query parameter _sizee is not in the spec");
  });
});
