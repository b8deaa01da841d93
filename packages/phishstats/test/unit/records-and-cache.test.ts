import { describe, expect, test } from "vitest";
import { MemoryStore } from "@api-clients/middleware";
import { createPhishStatsClient, field, nextUtcMidnight, responseCache } from "../../src/index.js";

/** A PhishStats stand-in: `total` records with ids total..1, served in pages. */
function feed(total: number) {
  const seen: URL[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(new Request(input, init).url);
    seen.push(url);
    const page = Number(url.searchParams.get("_p") ?? 1);
    const size = Number(url.searchParams.get("_size") ?? 20);
    const ids = Array.from({ length: total }, (_, i) => total - i).slice((page - 1) * size, page * size);
    return new Response(JSON.stringify(ids.map((id) => ({ id, url: `https://p${id}.example/` }))), {
      status: 200,
      headers: { "Content-Type": "application/json" },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

const client = (fetch: typeof globalThis.fetch, extra = {}) =>
  createPhishStatsClient({ apiKey: "psk_test", fetch, rateLimit: { store: new MemoryStore() }, ...extra });

describe("records()", () => {
  test("walks every page and stops after the short last page", async () => {
    const { fetch, seen } = feed(237);
    const ids: number[] = [];
    for await (const record of client(fetch).records({ where: field("score").gt(4), sort: "-id" })) ids.push(record.id);
    expect(ids).toHaveLength(237);
    expect(ids[0]).toBe(237);
    expect(seen.map((u) => u.searchParams.get("_p"))).toEqual(["1", "2", "3"]);
    expect(seen.every((u) => u.searchParams.get("_size") === "100" && u.searchParams.get("_where") === "(score,gt,4)")).toBe(true);
  });

  test("an exact multiple of the page size costs one more (empty) request, then stops", async () => {
    const { fetch, seen } = feed(200);
    let n = 0;
    for await (const _ of client(fetch).records()) n++;
    expect(n).toBe(200);
    expect(seen).toHaveLength(3);
  });

  test("never spends more requests than maxRequests", async () => {
    const { fetch, seen } = feed(10_000);
    let n = 0;
    for await (const _ of client(fetch).records({ pageSize: 50, maxRequests: 3 })) n++;
    expect(n).toBe(150);
    expect(seen).toHaveLength(3);
  });

  test("breaking out early sends no further request", async () => {
    const { fetch, seen } = feed(10_000);
    for await (const record of client(fetch).records({ pageSize: 10 })) if (record.id < 9995) break;
    expect(seen).toHaveLength(1);
  });

  test.each([
    [{ pageSize: 0 }, "pageSize must be a whole number from 1 to 100"],
    [{ pageSize: 101 }, "pageSize must be a whole number from 1 to 100"],
    [{ maxRequests: 0 }, "maxRequests must be a whole number ≥ 1"],
    [{ firstPage: -1 }, "firstPage must be a whole number ≥ 0"],
  ])("%j is refused", async (options, message) => {
    const { fetch, seen } = feed(10);
    await expect(client(fetch).records(options).next()).rejects.toThrow(message);
    expect(seen).toHaveLength(0);
  });
});

describe("daily quota", () => {
  test("a daily 429 throws QuotaExceededError with the reset time, and later calls send nothing", async () => {
    const seen: string[] = [];
    const resetsAt = new Date(nextUtcMidnight(Date.now())).toISOString();
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Request(input, init).url);
      return new Response(
        JSON.stringify({
          error: "Daily API quota reached (150/day).",
          limit_type: "daily",
          limit: 150,
          quota_resets_at: resetsAt,
        }),
        { status: 429, headers: { "Content-Type": "application/json" } },
      );
    }) as typeof globalThis.fetch;
    const ps = client(fetch);
    const error = await ps.list().catch((e) => e);
    expect(error).toMatchObject({ name: "QuotaExceededError", quota: "daily", code: "daily", status: 429 });
    expect(error.resetAt.toISOString()).toBe(resetsAt);
    await expect(ps.list()).rejects.toMatchObject({ name: "QuotaExceededError" });
    expect(seen).toHaveLength(1);
  });

  test("without quota_resets_at, the reset is the next UTC midnight", () => {
    expect(new Date(nextUtcMidnight(Date.parse("2025-03-02T23:59:59.000Z"))).toISOString()).toBe("2025-03-03T00:00:00.000Z");
  });

  test("keys are checked before any request, and anonymous callers use the anonymous tier", () => {
    expect(() => createPhishStatsClient({ apiKey: "not-a-psk-key" })).toThrow(
      "createPhishStatsClient: PhishStats API keys start with psk_",
    );
    expect(() => createPhishStatsClient({ tier: "gold" as never })).toThrow("tier must be free, premium or enterprise");
  });
});

describe("the 90-minute cache", () => {
  test("an identical list within the refresh cycle sends no request; after it, one", async () => {
    let now = 1_000_000;
    const { fetch, seen } = feed(5);
    const ps = client(fetch);
    ps.use(responseCache({}, () => now));
    const first = await ps.list({ sort: "-id" });
    const second = await ps.list({ sort: "-id" });
    expect(second.data).toEqual(first.data);
    expect(second.response.headers.get("x-cache")).toBe("HIT");
    expect(seen).toHaveLength(1);
    await ps.list({ sort: "id" });
    expect(seen).toHaveLength(2);
    now += 90 * 60 * 1000;
    await ps.list({ sort: "-id" });
    expect(seen).toHaveLength(3);
  });

  test("cache: true on the factory turns it on", async () => {
    const { fetch, seen } = feed(5);
    const ps = client(fetch, { cache: true });
    await ps.list();
    await ps.list();
    expect(seen).toHaveLength(1);
  });

  test("bad cache options are refused", () => {
    expect(() => responseCache({ ttlMs: 0 })).toThrow("cache.ttlMs must be a number > 0");
  });
});
