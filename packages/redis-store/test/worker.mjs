// One worker process of the multi-process test and the benchmark: a client
// sharing its limits through Redis fires REQUESTS calls at SERVER_URL, then
// prints one JSON line with the statuses it got (and acquire latencies).
import { createApiClient } from "@api-clients/middleware";
import { Redis } from "ioredis";
import { createRedisStore } from "../dist/index.js";

const { SERVER_URL, REDIS_PORT, REQUESTS, LIMIT, WINDOW_MS, CONCURRENCY = "16" } = process.env;
const redis = new Redis({
  port: Number(REDIS_PORT),
  host: "127.0.0.1",
  enableOfflineQueue: false,
  lazyConnect: true,
  maxRetriesPerRequest: 0,
});
await redis.connect();
// SEPARATE_PREFIXES makes each worker count alone (the control case of the test).
const store = createRedisStore({ redis, prefix: process.env.SEPARATE_PREFIXES ? `workers-${process.pid}` : "workers" });

// Time each acquire round trip through the store.
const latencies = [];
const timedStore = {
  tryAcquire: async (...args) => {
    const t0 = performance.now();
    try {
      return await store.tryAcquire(...args);
    } finally {
      latencies.push(performance.now() - t0);
    }
  },
  complete: (...args) => store.complete(...args),
  pause: (...args) => store.pause(...args),
  pausedUntil: (...args) => store.pausedUntil(...args),
};

const client = createApiClient(
  "createWorkerClient",
  {
    metadata: {
      api: "workers",
      title: "Workers",
      version: "1",
      serverUrl: SERVER_URL,
      rateLimits: { windows: [{ id: "shared", limit: Number(LIMIT), windowSeconds: Number(WINDOW_MS) / 1000, per: "credential" }] },
      operations: { getItem: { method: "GET", path: "/items/{itemId}", tag: null, deprecated: false, permissions: [], pagination: null } },
    },
    auth: { type: "bearer" },
    credentialName: "token",
    defaultUserAgent: "worker",
    parseError: () => ({}),
  },
  { token: "one-shared-token", rateLimit: { store: timedStore, maxWaitMs: 600_000 }, retry: false },
);

const statuses = [];
let next = 0;
const startedAt = Date.now();
await Promise.all(
  Array.from({ length: Number(CONCURRENCY) }, async () => {
    while (next < Number(REQUESTS)) {
      next++;
      const { response } = await client.GET("/items/{itemId}", { params: { path: { itemId: String(next) } } });
      statuses.push(response.status);
    }
  }),
);
const endedAt = Date.now();
process.stdout.write(`${JSON.stringify({ statuses, latencies, startedAt, endedAt })}\n`);
redis.disconnect();
