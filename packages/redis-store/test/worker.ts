// One worker process of the multi-process tests and the benchmark (run with tsx): a client
// sharing its limits through Redis fires REQUESTS calls at SERVER_URL, then
// prints one JSON line with the statuses it got, when each was answered, and
// the acquire latencies through the store.
//   WINDOW: JSON of the one rate-limit window (x-rate-limits form)
import type { LimiterStore } from "@api-clients/middleware";
// The subpath, not the package: a worker must start fast, without the rest of the kit (Ajv, spec loading).
import { connectRedis } from "@api-clients/contract-kit/connect-redis";
import { createRedisStore } from "../dist/index.js";
import { testClient } from "./test-api.js";

const { SERVER_URL = "", REDIS_PORT, REQUESTS, WINDOW = "{}", CONCURRENCY = "16", TOKEN = "one-shared-token" } = process.env;
const redis = await connectRedis(Number(REDIS_PORT)); // reconnects are expected when a test restarts Redis
// SEPARATE_PREFIXES makes each worker count alone (the control case of the test).
const store = createRedisStore({
  redis,
  prefix: process.env.SEPARATE_PREFIXES ? `workers-${process.pid}` : "workers",
  logger: { warn() {} },
});

// Time each acquire round trip through the store.
const latencies: number[] = [];
const timedStore: LimiterStore = {
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
};

const client = testClient(
  SERVER_URL,
  {
    windows: [JSON.parse(WINDOW)],
    headers: { limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset", resetUnit: "epoch-seconds" },
  },
  { token: TOKEN, rateLimit: { store: timedStore, maxWaitMs: 600_000 }, retry: false },
);

const statuses: number[] = [];
const answeredAt: number[] = [];
let next = 0;
const startedAt = Date.now();
await Promise.all(
  Array.from({ length: Number(CONCURRENCY) }, async () => {
    while (next < Number(REQUESTS)) {
      next++;
      const { response } = await client.GET("/items/{itemId}", { params: { path: { itemId: String(next) } } });
      statuses.push(response.status);
      answeredAt.push(Date.now());
    }
  }),
);
const endedAt = Date.now();
process.stdout.write(`${JSON.stringify({ statuses, answeredAt, latencies, startedAt, endedAt })}\n`);
redis.disconnect();
