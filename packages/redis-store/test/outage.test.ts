// Redis killed and restarted in the middle of a run. With the default
// (`onUnavailable: "memory"`) calls go on, limited per process, with one
// warning; with `"fail"` they fail closed without being sent. Either way no
// request is lost or sent twice, and Redis is used again once it is back,
// although the restarted server has forgotten our Lua scripts.
import { afterAll, afterEach, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { type EnforcingServer, slidingWindow, startLimitEnforcingServer } from "@api-clients/contract-kit";
import { createRedisStore } from "../src/index.js";
import { type RedisServer, startRedisServer } from "@api-clients/contract-kit";
import { testClient } from "./test-api.js";

let redis: RedisServer;
let server: EnforcingServer;
beforeAll(async () => {
  redis = await startRedisServer();
  server = await startLimitEnforcingServer([slidingWindow("w", 20, 200)]);
});
afterAll(async () => {
  await server.stop();
  await redis.stop();
});
afterEach(async () => {
  // Every test leaves Redis running.
  if (!(await isUp())) await redis.restart();
});

async function isUp() {
  try {
    const c = await redis.client();
    await c.ping();
    c.disconnect();
    return true;
  } catch {
    return false;
  }
}

const waitFor = async (check: () => Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("condition not met in time");
};

const windows = [{ id: "w", algorithm: "sliding-window" as const, limit: 20, windowSeconds: 0.2, per: "credential" as const }];

describe("Redis goes away mid-run", () => {
  test('default "memory": no crash, every call answered once, a warning, then Redis again', async () => {
    const client = await redis.client();
    const warnings: string[] = [];
    const store = createRedisStore({ redis: client, prefix: "outage-mem", logger: { warn: (m) => warnings.push(m) } });
    const api = testClient(server.url, windows, { token: "outage-memory", rateLimit: { store } });
    const call = (n: number) => api.GET("/items/{itemId}", { params: { path: { itemId: `m${n}` } } }).then((r) => r.response.status);
    const before = server.stats.admitted;

    const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => call(i)));
    await redis.kill();
    statuses.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => call(10 + i)))));
    await redis.restart();
    await waitFor(async () => client.status === "ready");
    statuses.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => call(20 + i)))));

    expect(statuses).toEqual(Array(30).fill(200));
    expect(server.stats.admitted - before).toBe(30);
    expect(warnings[0]).toMatch(/Redis is unavailable/);
    expect(warnings[1]).toMatch(/Redis is back/);
    // After the restart the counts live in Redis again (the script was re-sent).
    expect(await client.keys("outage-mem:*")).not.toEqual([]);
  });

  test('"fail": while Redis is down calls fail closed and nothing is sent; afterwards they work', async () => {
    // A server of its own: the one above still counts the previous test's requests.
    const server = await startLimitEnforcingServer([slidingWindow("w", 20, 200)]);
    onTestFinished(() => server.stop());
    const client = await redis.client();
    const store = createRedisStore({ redis: client, prefix: "outage-fail", onUnavailable: "fail" });
    const api = testClient(server.url, windows, { token: "outage-fail", rateLimit: { store } });
    const before = server.stats.admitted;
    expect((await api.GET("/items/{itemId}", { params: { path: { itemId: "f1" } } })).response.status).toBe(200);

    await redis.kill();
    const during = await Promise.all(
      Array.from({ length: 5 }, (_, i) => api.GET("/items/{itemId}", { params: { path: { itemId: `f${i + 2}` } } }).catch((e) => e)),
    );
    expect(during.map((e) => e.name)).toEqual(Array(5).fill("StoreUnavailableError"));
    expect(server.stats.admitted - before).toBe(1);

    await redis.restart();
    await waitFor(async () => client.status === "ready");
    expect((await api.GET("/items/{itemId}", { params: { path: { itemId: "f9" } } })).response.status).toBe(200);
    expect(server.stats.admitted - before).toBe(2);
  });
});

describe("cluster-wide back-off", () => {
  test("a 429 seen by one process pauses the other until the server's hint", async () => {
    let first = true;
    const backoff = await startLimitEnforcingServer([], (_req, res) => {
      if (first) {
        first = false;
        res.writeHead(429, { "Retry-After": "1", "Content-Type": "application/json" }).end("{}");
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
    });
    try {
      const a = testClient(backoff.url, [], {
        token: "shared-backoff",
        rateLimit: { store: createRedisStore({ redis: await redis.client(), prefix: "backoff" }) },
      });
      const b = testClient(backoff.url, [], {
        token: "shared-backoff",
        rateLimit: { store: createRedisStore({ redis: await redis.client(), prefix: "backoff" }) },
      });
      const t0 = Date.now();
      const firstResult = await a.GET("/items/{itemId}", { params: { path: { itemId: "a" } } });
      expect(firstResult.response.status).toBe(429);
      const second = await b.GET("/items/{itemId}", { params: { path: { itemId: "b" } } });
      expect(second.response.status).toBe(200);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    } finally {
      await backoff.stop();
    }
  });
});
