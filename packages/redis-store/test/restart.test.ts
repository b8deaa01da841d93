// Redis killed and restarted empty while four processes drive one
// credential far past the API's limit. While Redis is down each process
// limits itself in memory (the API may then refuse some); once it is back,
// its counts are empty, so every process holds new grants for one window
// (src/redis-store.ts explains why a hold and not a re-seed): the API must
// refuse nothing after the restart, and every call must be answered.
import { afterAll, beforeAll, expect, test } from "vitest";
import { type RedisServer, pluralKitGcra, slidingWindow, startLimitEnforcingServer, startRedisServer } from "@api-clients/contract-kit";
import { runWorkers } from "./run-workers.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis.stop());

test.each([
  [
    "PluralKit's GCRA, 40 per second",
    pluralKitGcra("gcra", 40, 1000),
    { id: "g", algorithm: "gcra", limit: 40, windowSeconds: 1, burst: 39, per: "credential" },
  ],
  [
    "a sliding window, 40 per second",
    slidingWindow("sliding", 40, 1000),
    { id: "w", algorithm: "sliding-window", limit: 40, windowSeconds: 1, per: "credential" },
  ],
])(
  "%s: zero 429s after the restart, no call lost or hung",
  async (_name, limit, window) => {
    const server = await startLimitEnforcingServer([limit], { latencyMs: [2, 10] });
    try {
      const running = runWorkers(4, {
        SERVER_URL: server.url,
        REDIS_PORT: String(redis.port),
        REQUESTS: "90",
        WINDOW: JSON.stringify(window),
        TOKEN: `restart-${limit.id}`,
      });
      // Kill Redis under load: once the four processes have sent a good part of their calls.
      while (server.stats.admitted + server.stats.rejected < 120) await new Promise((r) => setTimeout(r, 20));
      await redis.kill();
      await new Promise((r) => setTimeout(r, 200));
      await redis.restart();
      const restartedAt = Date.now();
      const reports = await running;
      const statuses = reports.flatMap((r) => r.statuses);
      expect(statuses).toHaveLength(360); // every call answered, none lost
      // Requests that reached the server after the restart (plus the network's 10 ms at most): none refused.
      expect(server.stats.rejectedAt.filter((t) => t > restartedAt + 20).map((t) => Math.round(t - restartedAt))).toEqual([]);
      // And the run went on past the restart (the test saw load after it).
      expect(Math.max(...reports.flatMap((r) => r.answeredAt))).toBeGreaterThan(restartedAt + 1000);
    } finally {
      await server.stop();
    }
  },
  60_000,
);
