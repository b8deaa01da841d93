// The store against a real redis-server: counts shared between stores (as
// between processes), pauses shared, keys that never hold a credential.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type EnforcingServer, pluralKitGcra, slidingWindow, startLimitEnforcingServer } from "@api-clients/contract-kit";
import { createRedisStore } from "../src/index.js";
import { COMPLETE } from "../src/scripts.js";
import { type RedisServer, startRedisServer } from "@api-clients/contract-kit";
import { testClient } from "./test-api.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis.stop());

const sliding = [
  { id: "short", algorithm: "sliding-window" as const, limit: 3, windowMs: 400 },
  { id: "long", algorithm: "sliding-window" as const, limit: 5, windowMs: 5_000 },
];

type Store = ReturnType<typeof createRedisStore>;
type Windows = Parameters<Store["tryAcquire"]>[1];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A request granted now and answered at once (its answer came back): what a fast round trip does. */
async function sendAndAnswer(store: Store, key: string, windows: Windows): Promise<boolean> {
  const result = await store.tryAcquire(key, windows, Date.now(), 0);
  if (result.granted) await store.complete(key, result.leaseId, windows, Date.now());
  return result.granted;
}

describe("RedisStore", () => {
  test("two stores (two processes) share one count per window", async () => {
    const a = createRedisStore({ redis: await redis.client(), prefix: "t1" });
    const b = createRedisStore({ redis: await redis.client(), prefix: "t1" });
    const results = [
      await sendAndAnswer(a, "api:k1", sliding),
      await sendAndAnswer(b, "api:k1", sliding),
      await sendAndAnswer(a, "api:k1", sliding),
    ];
    expect(results).toEqual([true, true, true]);
    const fourth = await b.tryAcquire("api:k1", sliding, Date.now(), 0);
    expect(fourth).toMatchObject({ granted: false, windowId: "short" });
    if (!fourth.granted && !fourth.pause) expect(fourth.retryInMs).toBeGreaterThan(200);
    await sleep(420);
    expect((await b.tryAcquire("api:k1", sliding, Date.now(), 0)).granted).toBe(true);
  });

  test("a request in flight counts until it ends, however long that takes; then a window from its end", async () => {
    const store = createRedisStore({ redis: await redis.client(), prefix: "t1f" });
    const other = createRedisStore({ redis: await redis.client(), prefix: "t1f" });
    const one = [{ id: "w", algorithm: "sliding-window" as const, limit: 1, windowMs: 200 }];
    const slow = await store.tryAcquire("api:f", one, Date.now(), 5);
    expect(slow.granted).toBe(true);
    // Stalled in flight longer than the window (and its 5 ms margin): it may still arrive now.
    await sleep(300);
    const meanwhile = await other.tryAcquire("api:f", one, Date.now(), 5);
    expect(meanwhile).toMatchObject({ granted: false, retryInMs: 200 });
    // Answered now: it arrived by now, so it counts one more window from here.
    if (slow.granted) await store.complete("api:f", slow.leaseId, one, Date.now());
    await sleep(150);
    expect((await other.tryAcquire("api:f", one, Date.now(), 5)).granted).toBe(false);
    await sleep(80);
    expect((await other.tryAcquire("api:f", one, Date.now(), 5)).granted).toBe(true);
  });

  test("a request that failed without an answer counts its margin past its end", async () => {
    const store = createRedisStore({ redis: await redis.client(), prefix: "t1m" });
    const one = [{ id: "w", algorithm: "sliding-window" as const, limit: 1, windowMs: 200 }];
    const failed = await store.tryAcquire("api:m", one, Date.now(), 300);
    if (failed.granted) await store.complete("api:m", failed.leaseId, one, Date.now(), undefined, 300);
    await sleep(400);
    expect((await store.tryAcquire("api:m", one, Date.now(), 300)).granted).toBe(false);
    await sleep(150);
    expect((await store.tryAcquire("api:m", one, Date.now(), 300)).granted).toBe(true);
  });

  test("a request's end that could not reach Redis (a dropped connection) is sent again once it is back", async () => {
    const own = await redis.client();
    const store = createRedisStore({ redis: own, prefix: "blip", logger: { warn() {} } });
    const other = createRedisStore({ redis: await redis.client(), prefix: "blip" });
    const one = [{ id: "w", algorithm: "sliding-window" as const, limit: 1, windowMs: 200 }];
    const lease = await store.tryAcquire("api:b", one, Date.now(), 5);
    expect(lease.granted).toBe(true);
    // Redis drops this process's connection while the request is in flight; its end cannot be sent.
    const admin = await redis.client();
    await admin.client("KILL", "ID", String(await own.client("ID")));
    if (lease.granted) await store.complete("api:b", lease.leaseId, one, Date.now());
    // The client reconnects (every 50 ms), the end is sent again, and one window later the slot is free
    // for every process (without the resend it would count as in flight for 2 minutes).
    await sleep(500);
    expect((await other.tryAcquire("api:b", one, Date.now(), 5)).granted).toBe(true);
  });

  test("an announced budget's request ends once: a replayed end, or one Redis never counted, leaves others in flight", async () => {
    const client = await redis.client();
    const store = createRedisStore({ redis: client, prefix: "ends" });
    const budget = [{ id: "b", algorithm: "header-announced" as const, scope: "b" }];
    // A first answer announces the budget (10 left in a window a minute long).
    const probe = await store.tryAcquire("api:e", budget, Date.now(), 5);
    if (probe.granted)
      await store.complete("api:e", probe.leaseId, budget, Date.now(), { remaining: 10, resetAt: Date.now() + 60_000, limit: 10 });
    const a = await store.tryAcquire("api:e", budget, Date.now(), 5);
    const b = await store.tryAcquire("api:e", budget, Date.now(), 5);
    expect([probe.granted, a.granted, b.granted]).toEqual([true, true, true]);
    const [key] = await client.keys("ends:*:b:*");
    expect(Number(await client.hget(key!, "inFlight"))).toBe(2);
    if (a.granted) await store.complete("api:e", a.leaseId, budget, Date.now());
    expect(Number(await client.hget(key!, "inFlight"))).toBe(1);
    // The same end reaching Redis again (a resend after a dropped connection may), and one for a lease it never granted.
    const end = (leaseId: string) => client.eval(COMPLETE, 1, key!, leaseId, 0, "", "", "", "b");
    if (a.granted) await end(a.leaseId);
    await end("granted-by-the-memory-fallback");
    expect(Number(await client.hget(key!, "inFlight"))).toBe(1);
  });

  test("gcra: a burst, then one per interval, shared between stores", async () => {
    const a = createRedisStore({ redis: await redis.client(), prefix: "tg" });
    const b = createRedisStore({ redis: await redis.client(), prefix: "tg" });
    const gcra = [{ id: "g", algorithm: "gcra" as const, intervalMs: 100, burst: 3 }];
    // Each request answered at once (a fast round trip), so none stays in flight.
    const burst = [];
    for (let i = 0; i < 3; i++) burst.push(await sendAndAnswer(i % 2 ? a : b, "api:g", gcra));
    expect(burst).toEqual([true, true, true]);
    const refused = await a.tryAcquire("api:g", gcra, Date.now(), 0);
    expect(refused.granted).toBe(false);
    if (!refused.granted && !refused.pause) expect(refused.retryInMs).toBeGreaterThan(50);
    await sleep(110);
    expect(await sendAndAnswer(a, "api:g", gcra)).toBe(true);
    expect((await b.tryAcquire("api:g", gcra, Date.now(), 0)).granted).toBe(false);
  });

  test("the longest wait is reported, with the window that causes it", async () => {
    const store = createRedisStore({ redis: await redis.client(), prefix: "t2" });
    for (let i = 0; i < 5; i++) {
      expect(await sendAndAnswer(store, "api:k2", sliding)).toBe(true);
      await sleep(160);
    }
    const blocked = await store.tryAcquire("api:k2", sliding, Date.now(), 0);
    expect(blocked).toMatchObject({ granted: false, windowId: "long" });
    if (!blocked.granted && !blocked.pause) expect(blocked.retryInMs).toBeGreaterThan(3_500);
  });

  test("a pause set by one store is seen by another; the later pause wins", async () => {
    const a = createRedisStore({ redis: await redis.client(), prefix: "t3" });
    const b = createRedisStore({ redis: await redis.client(), prefix: "t3" });
    const now = Date.now();
    await a.pause("api:k3", { until: now + 5_000, kind: "rate-limit", reason: "429" });
    await a.pause("api:k3", { until: now + 1_000, kind: "rate-limit", reason: "earlier" });
    expect(await b.tryAcquire("api:k3", sliding, now, 0)).toEqual({
      granted: false,
      pause: { until: now + 5_000, kind: "rate-limit", reason: "429" },
    });
    await b.pause("api:k3", { until: now + 60_000, kind: "quota", reason: "daily" });
    expect(await a.tryAcquire("api:k3", [], now, 0)).toEqual({
      granted: false,
      pause: { until: now + 60_000, kind: "quota", reason: "daily" },
    });
    expect((await a.tryAcquire("api:other", [], now, 0)).granted).toBe(true);
  });

  test("bad options are refused", async () => {
    const client = await redis.client();
    expect(() => createRedisStore({ redis: {} as never })).toThrow("redis must be an ioredis client");
    expect(() => createRedisStore({ redis: client, onUnavailable: "maybe" as never })).toThrow('onUnavailable must be "memory" or "fail"');
    expect(() => createRedisStore({ redis: client, prefix: "a b" })).toThrow("prefix");
  });
});

describe("through a client", () => {
  let server: EnforcingServer;
  beforeAll(async () => {
    server = await startLimitEnforcingServer([slidingWindow("w", 5, 300)]);
  });
  afterAll(() => server.stop());

  test("keys are namespaced per API and per credential hash, never the credential", async () => {
    const token = "SECRET-token-7c1f9a";
    const client = await redis.client();
    const store = createRedisStore({ redis: client, prefix: "ns" });
    const api = testClient(server.url, [{ id: "w", algorithm: "sliding-window", limit: 5, windowSeconds: 0.3, per: "credential" }], {
      token,
      rateLimit: { store },
    });
    await api.GET("/items/{itemId}", { params: { path: { itemId: "a" } } });
    await store.pause((await client.keys("ns:*"))[0]!.match(/\{(.+)\}/)![1]!, {
      until: Date.now() + 5_000,
      kind: "rate-limit",
      reason: "test",
    });
    const keys = await client.keys("*");
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys.filter((k) => k.startsWith("ns:"))) {
      expect(key).toMatch(/^ns:\{redistest:[0-9a-f]{24}\}:(w:w|pause|processes)$/);
      expect(key).not.toContain("SECRET");
      const value = (await client.type(key)) === "string" ? await client.get(key) : JSON.stringify(await client.zrange(key, "0", "-1"));
      expect(value).not.toContain("SECRET");
    }
  });

  test("PluralKit's GCRA through Redis: four requests stalled 1 s on their way cannot meet a fresh burst", async () => {
    const stalling = await startLimitEnforcingServer([pluralKitGcra("g", 10, 1000)], {
      stalledMs: (path) => (path.includes("slow") ? 1000 : 0),
    });
    try {
      const store = createRedisStore({ redis: await redis.client(), prefix: "stall" });
      const api = testClient(stalling.url, [{ id: "g", algorithm: "gcra", limit: 10, windowSeconds: 1, burst: 9, per: "credential" }], {
        token: "stall-token",
        rateLimit: { store },
      });
      const get = (itemId: string) => api.GET("/items/{itemId}", { params: { path: { itemId } } });
      await get("warm-up"); // one fast round trip: the arrival margin falls to a few ms
      await sleep(1000); // the bucket empties
      const stalled = ["slow-1", "slow-2", "slow-3", "slow-4"].map(get);
      await sleep(950); // the bucket is empty again by the plan; the four are still on their way
      const fresh = Array.from({ length: 9 }, (_, n) => get(`fresh-${n}`));
      const statuses = (await Promise.all([...stalled, ...fresh])).map((answer) => answer.response.status);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      expect(stalling.stats.rejected).toBe(0);
    } finally {
      await stalling.stop();
    }
  });

  test("a waiting caller that aborts leaves at once and uses no slot", async () => {
    const store = createRedisStore({ redis: await redis.client(), prefix: "abort" });
    const api = testClient(server.url, [{ id: "w", algorithm: "sliding-window", limit: 1, windowSeconds: 0.3, per: "credential" }], {
      token: "abort-token",
      rateLimit: { store },
    });
    const before = server.stats.admitted;
    await api.GET("/items/{itemId}", { params: { path: { itemId: "1" } } });
    const controller = new AbortController();
    const waiting = api.GET("/items/{itemId}", { params: { path: { itemId: "2" } }, signal: controller.signal }).catch((e) => e);
    const next = api.GET("/items/{itemId}", { params: { path: { itemId: "3" } } });
    controller.abort();
    expect((await waiting).name).toBe("RequestAbortedError");
    expect((await next).response.status).toBe(200);
    expect(server.stats.admitted - before).toBe(2);
  });
});
