import { describe, expect, test } from "vitest";
import { MemoryStore, type RateLimitWindow } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient, testDefinition } from "../helpers/test-api.js";

const item = (itemId: string) => ({ params: { path: { itemId } } });
const window = (limit: number, ms: number, extra: Partial<RateLimitWindow> = {}): RateLimitWindow => ({
  id: "w",
  algorithm: "sliding-window",
  limit,
  windowSeconds: ms / 1000,
  per: "credential",
  ...extra,
});

describe("proactive rate limiting", () => {
  test("requests beyond the window wait, and are sent in FIFO order", async () => {
    const sentAt: [string, number][] = [];
    const { fetch } = scriptedFetch((r) => {
      sentAt.push([new URL(r.url).pathname.split("/").pop()!, Date.now()]);
      return json(200, { id: "x" });
    });
    const client = testClient({ token: "fifo-token", fetch, rateLimit: { windows: [window(2, 200)], store: new MemoryStore() } });
    const started = Date.now();
    await Promise.all(["a", "b", "c", "d", "e"].map((id) => client.GET("/items/{itemId}", item(id))));
    expect(sentAt.map(([id]) => id)).toEqual(["a", "b", "c", "d", "e"]);
    const offsets = sentAt.map(([, t]) => t - started);
    expect(offsets[2]).toBeGreaterThanOrEqual(195); // a sliding window: the third goes a window after the first
    expect(offsets[4]).toBeGreaterThanOrEqual(390);
  });

  test("a request that reaches the server late (a stall longer than any recent round trip) still counts until its answer", async () => {
    // The server's side of a sliding window, 2 per 300 ms, judged at arrival; "slow" arrives 150 ms after it was sent.
    const arrivals: [string, number][] = [];
    const { fetch } = scriptedFetch(async (request) => {
      const id = new URL(request.url).pathname.split("/").pop()!;
      if (id === "slow") await new Promise((r) => setTimeout(r, 150));
      const now = performance.now();
      const inWindow = arrivals.filter(([, at]) => at > now - 300).length;
      arrivals.push([id, now]);
      return inWindow >= 2 ? json(429, {}) : json(200, { id });
    });
    const client = testClient({
      token: "stall-token",
      fetch,
      retry: false,
      rateLimit: { windows: [window(2, 300)], store: new MemoryStore() },
    });
    // One fast round trip: the arrival margin falls to a few ms. Then the window empties.
    await client.GET("/items/{itemId}", item("warm-up"));
    await new Promise((r) => setTimeout(r, 350));
    const answers = await Promise.all(["slow", "b", "c", "d"].map((id) => client.GET("/items/{itemId}", item(id))));
    expect(answers.map((a) => a.response.status)).toEqual([200, 200, 200, 200]);
    // "d" waited a window after "slow" arrived, not a window after "slow" was sent.
    const at = Object.fromEntries(arrivals);
    expect(at.d! - at.slow!).toBeGreaterThanOrEqual(299);
  });

  test("gcra: requests stalled longer than any recent round trip cannot arrive in one clump with a fresh burst", async () => {
    // The server's GCRA (as PluralKit's limiter runs it) on arrival: 1 per 100 ms, a burst of 3 (tolerance 200 ms).
    // "slow-*" reach it 400 ms after they were sent (a stalled path); by then the bucket looks full again.
    let tat = 0;
    const statuses: [string, number][] = [];
    const { fetch } = scriptedFetch(async (request) => {
      const id = new URL(request.url).pathname.split("/").pop()!;
      if (id.startsWith("slow")) await new Promise((r) => setTimeout(r, 400));
      const now = performance.now();
      const ok = tat - now <= 200;
      if (ok) tat = Math.max(tat, now) + 100;
      statuses.push([id, ok ? 200 : 429]);
      return ok ? json(200, {}) : json(429, {});
    });
    const gcra = window(10, 1000, { algorithm: "gcra", burst: 3 });
    const client = testClient({ token: "gcra-stall-token", fetch, retry: false, rateLimit: { windows: [gcra], store: new MemoryStore() } });
    const get = (id: string) => client.GET("/items/{itemId}", item(id));
    // One fast round trip: the arrival margin falls to a few ms. Then the bucket empties.
    await get("warm-up");
    await new Promise((r) => setTimeout(r, 400));
    statuses.length = 0;
    const stalled = [get("slow-a"), get("slow-b")];
    await new Promise((r) => setTimeout(r, 390));
    await Promise.all([...stalled, ...["c", "d", "e", "f"].map(get)]);
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
    expect(statuses).toHaveLength(6);
  });

  test("gcra: a burst of `burst` at once, then one per interval (PluralKit: 9 of 10 per second)", async () => {
    const sentAt: number[] = [];
    const { fetch } = scriptedFetch(() => {
      sentAt.push(performance.now());
      return json(200, { id: "x" });
    });
    const gcra = window(10, 1, { algorithm: "gcra", burst: 9 });
    const client = testClient({
      token: "gcra-token",
      fetch,
      rateLimit: { windows: [{ ...gcra, windowSeconds: 0.5 }], store: new MemoryStore() },
    });
    // One round trip first, so the margin for late arrival is known (a few ms here), then let the bucket drain.
    await client.GET("/items/{itemId}", item("warm-up"));
    await new Promise((r) => setTimeout(r, 600));
    sentAt.length = 0;
    await Promise.all(Array.from({ length: 14 }, (_, n) => client.GET("/items/{itemId}", item(String(n)))));
    const offsets = sentAt.map((t) => t - sentAt[0]!);
    // From idle, the whole burst of 9 (or 8, when the margin takes one interval) goes at once: the 8th
    // well before the 7 intervals one per interval would take (timing-proof: a stalled machine only
    // spreads the sends by its stall), and the 10th no sooner than the GCRA check below allows.
    expect(offsets[7]!).toBeLessThan(7 * 50);
    // Then one per 50 ms interval: 14 requests in no less than (14 − 9) intervals, and not much more
    // (the slack is for a loaded machine's stalls).
    expect(offsets.at(-1)!).toBeGreaterThanOrEqual(5 * 50 - 5);
    expect(offsets.at(-1)!).toBeLessThan(7 * 50 + 150);
    // GCRA conformance, what the server checks: any j after i at least (j − i) intervals less the tolerance (8 intervals).
    for (let i = 0; i < offsets.length; i++) {
      for (let j = i + 1; j < offsets.length; j++) expect(offsets[j]! - offsets[i]!).toBeGreaterThanOrEqual((j - i) * 50 - 8 * 50 - 1);
    }
  });

  test("windows apply only to the methods and operations they name", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "x" }));
    const client = testClient({
      token: "scope-token",
      fetch,
      rateLimit: {
        windows: [window(1, 5000, { id: "writes", appliesTo: { methods: ["POST", "PUT"] } })],
        store: new MemoryStore(),
        maxWaitMs: 50,
      },
    });
    await client.POST("/items", { body: {} });
    await Promise.all([1, 2, 3].map((n) => client.GET("/items/{itemId}", item(String(n)))));
    await expect(client.PUT("/items/{itemId}", { ...item("1"), body: {} })).rejects.toMatchObject({ name: "RateLimitError" });
    expect(seen).toHaveLength(4);
  });

  test("a waiting caller that aborts leaves the queue at once and uses no slot", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "x" }));
    const client = testClient({ token: "abort-token", fetch, rateLimit: { windows: [window(1, 300)], store: new MemoryStore() } });
    await client.GET("/items/{itemId}", item("first"));
    const controller = new AbortController();
    const waiting = client.GET("/items/{itemId}", { ...item("aborted"), signal: controller.signal }).catch((e) => e);
    const next = client.GET("/items/{itemId}", item("next"));
    const abortedAt = Date.now();
    controller.abort();
    const error = await waiting;
    expect(error.name).toBe("RequestAbortedError");
    expect(Date.now() - abortedAt).toBeLessThan(50);
    await next;
    expect(seen.map((r) => new URL(r.url).pathname.split("/").pop())).toEqual(["first", "next"]);
  });

  test("a 429 pauses every call with that credential until its hint", async () => {
    let calls = 0;
    const { fetch, seen } = scriptedFetch(() => (++calls === 1 ? json(429, { retry_after: 300 }) : json(200, { id: "x" })));
    const client = testClient({ token: "pause-token", fetch, rateLimit: { store: new MemoryStore() } });
    const started = Date.now();
    const first = client.GET("/items/{itemId}", item("a"));
    await new Promise((r) => setTimeout(r, 20));
    await Promise.all([first, client.GET("/items/{itemId}", item("b"))]);
    const times = seen.slice(1).map(() => Date.now() - started);
    expect(seen).toHaveLength(3);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(295);
  });

  test("a spent quota fails fast with QuotaExceededError, and later calls send nothing", async () => {
    const resetsAt = Date.now() + 3_600_000;
    const { fetch, seen } = scriptedFetch(json(429, { limit_type: "daily" }));
    const definition = testDefinition({
      rateLimitPause: (body) =>
        (body as { limit_type?: string }).limit_type === "daily" ? { kind: "quota", until: resetsAt, reason: "daily" } : undefined,
    });
    const client = testClient({ token: "quota-token", fetch, rateLimit: { store: new MemoryStore() } }, definition);
    const first = await client.GET("/items/{itemId}", item("a")).catch((e) => e);
    expect(first).toMatchObject({ name: "QuotaExceededError", quota: "daily", status: 429 });
    expect(first.resetAt.getTime()).toBe(resetsAt);
    const second = await client.GET("/items/{itemId}", item("b")).catch((e) => e);
    expect(second.name).toBe("QuotaExceededError");
    expect(seen).toHaveLength(1);
  });

  test("a long window that is full fails fast as a quota instead of waiting hours", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "x" }));
    const client = testClient({
      token: "daily-token",
      fetch,
      rateLimit: { windows: [window(1, 86_400_000, { id: "daily" })], store: new MemoryStore() },
    });
    await client.GET("/items/{itemId}", item("a"));
    await expect(client.GET("/items/{itemId}", item("b"))).rejects.toMatchObject({ name: "QuotaExceededError", quota: "daily" });
    expect(seen).toHaveLength(1);
  });

  test("header-announced: X-RateLimit-Remaining: 0 makes callers wait for X-RateLimit-Reset", async () => {
    const resetSeconds = Math.ceil((Date.now() + 1200) / 1000);
    let calls = 0;
    const { fetch, seen } = scriptedFetch(() =>
      json(200, { id: "x" }, { "X-RateLimit-Remaining": ++calls === 1 ? "0" : "5", "X-RateLimit-Reset": String(resetSeconds) }),
    );
    const announced: RateLimitWindow = { id: "announced", algorithm: "header-announced", per: "credential" };
    const client = testClient({ token: "header-token", fetch, rateLimit: { windows: [announced], store: new MemoryStore() } });
    await client.GET("/items/{itemId}", item("a"));
    await client.GET("/items/{itemId}", item("b"));
    expect(seen).toHaveLength(2);
    expect(Date.now()).toBeGreaterThanOrEqual(resetSeconds * 1000);
  });
});
