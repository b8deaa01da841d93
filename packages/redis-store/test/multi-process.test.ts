// Four worker processes share one credential and one Redis; a local server
// enforces the limit by arrival time. Together they must stay under it:
// zero 429s, every request answered once.
import { afterAll, beforeAll, expect, test } from "vitest";
import { type EnforcingServer, slidingWindow, startLimitEnforcingServer } from "@api-clients/contract-kit";
import { type RedisServer, startRedisServer } from "@api-clients/contract-kit";
import { runWorkers } from "./run-workers.js";

let redis: RedisServer;
let server: EnforcingServer;
const LIMIT = 10;
const WINDOW_MS = 500;

beforeAll(async () => {
  redis = await startRedisServer();
  server = await startLimitEnforcingServer([slidingWindow("shared", LIMIT, WINDOW_MS)]);
});
afterAll(async () => {
  await server.stop();
  await redis.stop();
});

test("4 processes × 20 requests, one credential, 10 per 500 ms: zero 429s", async () => {
  const reports = await runWorkers(4, {
    SERVER_URL: server.url,
    REDIS_PORT: String(redis.port),
    REQUESTS: "20",
    LIMIT: String(LIMIT),
    WINDOW_MS: String(WINDOW_MS),
  });
  const statuses = reports.flatMap((r) => r.statuses);
  expect(statuses).toHaveLength(80);
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  expect(server.stats).toMatchObject({ admitted: 80, rejected: 0 });
});

test("without the shared store the same load does get 429s (the test can fail)", async () => {
  const before = server.stats.rejected;
  // Each worker limits alone: 4 × 10 per window reach a server that allows 10.
  const reports = await runWorkers(4, {
    SERVER_URL: server.url,
    REDIS_PORT: String(redis.port),
    REQUESTS: "20",
    LIMIT: String(LIMIT),
    WINDOW_MS: String(WINDOW_MS),
    SEPARATE_PREFIXES: "1",
  });
  expect(reports.flatMap((r) => r.statuses).filter((s) => s === 429).length).toBeGreaterThan(0);
  expect(server.stats.rejected).toBeGreaterThan(before);
});
