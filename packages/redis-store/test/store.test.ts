// The store against a real redis-server: counts shared between stores (as
// between processes), pauses shared, keys that never hold a credential.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type EnforcingServer, slidingWindow, startLimitEnforcingServer } from "@api-clients/contract-kit";
import { createRedisStore } from "../src/index.js";
import { type RedisServer, startRedisServer } from "@api-clients/contract-kit";
import { testClient } from "./test-api.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis.stop());

const windows = [
  { id: "short", limit: 3, windowMs: 400 },
  { id: "long", limit: 5, windowMs: 5_000 },
];

describe("RedisStore", () => {
  test("two stores (two processes) share one count per window", async () => {
    const a = createRedisStore({ redis: await redis.client(), prefix: "t1" });
    const b = createRedisStore({ redis: await redis.client(), prefix: "t1" });
    const now = Date.now();
    const results = [
      await a.tryAcquire("api:k1", windows, now),
      await b.tryAcquire("api:k1", windows, now),
      await a.tryAcquire("api:k1", windows, now),
    ];
    expect(results.every((r) => r.granted)).toBe(true);
    const fourth = await b.tryAcquire("api:k1", windows, now);
    expect(fourth).toMatchObject({ granted: false, windowId: "short" });
    // In flight, a slot is not freed by time alone.
    expect((await a.tryAcquire("api:k1", windows, now + 1_000)).granted).toBe(false);
    // Completed, a slot frees one window after the completion.
    for (const r of results) if (r.granted) await a.complete("api:k1", r.leaseId, windows, now + 100);
    expect((await b.tryAcquire("api:k1", windows, now + 450)).granted).toBe(false);
    const later = await b.tryAcquire("api:k1", windows, now + 501);
    expect(later.granted).toBe(true);
  });

  test("the longest wait is reported, with the window that causes it", async () => {
    const store = createRedisStore({ redis: await redis.client(), prefix: "t2" });
    const now = Date.now();
    for (let i = 0; i < 5; i++) {
      const r = await store.tryAcquire("api:k2", windows, now + i * 500);
      if (r.granted) await store.complete("api:k2", r.leaseId, windows, now + i * 500);
    }
    const blocked = await store.tryAcquire("api:k2", windows, now + 2_100);
    expect(blocked).toMatchObject({ granted: false, windowId: "long" });
    if (!blocked.granted) expect(blocked.retryInMs).toBeGreaterThan(2_500);
  });

  test("a pause set by one store is seen by another; the later pause wins", async () => {
    const a = createRedisStore({ redis: await redis.client(), prefix: "t3" });
    const b = createRedisStore({ redis: await redis.client(), prefix: "t3" });
    const now = Date.now();
    await a.pause("api:k3", { until: now + 5_000, kind: "rate-limit", reason: "429" });
    await a.pause("api:k3", { until: now + 1_000, kind: "rate-limit", reason: "earlier" });
    expect(await b.pausedUntil("api:k3", now)).toEqual({ until: now + 5_000, kind: "rate-limit", reason: "429" });
    await b.pause("api:k3", { until: now + 60_000, kind: "quota", reason: "daily" });
    expect(await a.pausedUntil("api:k3", now)).toEqual({ until: now + 60_000, kind: "quota", reason: "daily" });
    expect(await a.pausedUntil("api:other", now)).toBeUndefined();
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
    const api = testClient(server.url, [{ id: "w", limit: 5, windowSeconds: 0.3, per: "credential" }], { token, rateLimit: { store } });
    await api.GET("/items/{itemId}", { params: { path: { itemId: "a" } } });
    await store.pause((await client.keys("ns:*"))[0]!.match(/\{(.+)\}/)![1]!, {
      until: Date.now() + 5_000,
      kind: "rate-limit",
      reason: "test",
    });
    const keys = await client.keys("*");
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys.filter((k) => k.startsWith("ns:"))) {
      expect(key).toMatch(/^ns:\{redistest:[0-9a-f]{24}\}:(w:w|pause)$/);
      expect(key).not.toContain("SECRET");
      const value = (await client.type(key)) === "string" ? await client.get(key) : JSON.stringify(await client.zrange(key, "0", "-1"));
      expect(value).not.toContain("SECRET");
    }
  });

  test("a waiting caller that aborts leaves at once and uses no slot", async () => {
    const store = createRedisStore({ redis: await redis.client(), prefix: "abort" });
    const api = testClient(server.url, [{ id: "w", limit: 1, windowSeconds: 0.3, per: "credential" }], {
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
