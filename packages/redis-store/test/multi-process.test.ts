// Four worker processes share one credential and one Redis; a local server
// enforces the API's algorithm by arrival time. Together they must stay
// under it: zero 429s, every request answered once. One test per algorithm
// the specs name, and a control that shows the test can fail.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  announcedFixedWindow,
  type EnforcedLimit,
  type EnforcingServer,
  pluralKitGcra,
  type RedisServer,
  slidingWindow,
  startLimitEnforcingServer,
  startRedisServer,
} from "@api-clients/contract-kit";
import { runWorkers } from "./run-workers.js";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis.stop());

async function drive(limit: EnforcedLimit, window: object, env: Record<string, string> = {}) {
  const server: EnforcingServer = await startLimitEnforcingServer([limit], { latencyMs: [2, 10] });
  try {
    const reports = await runWorkers(4, {
      SERVER_URL: server.url,
      REDIS_PORT: String(redis.port),
      REQUESTS: "20",
      WINDOW: JSON.stringify(window),
      TOKEN: `token-${limit.id}-${env.SEPARATE_PREFIXES ?? "shared"}`,
      ...env,
    });
    return { statuses: reports.flatMap((r) => r.statuses), stats: { ...server.stats } };
  } finally {
    await server.stop();
  }
}

describe("4 processes × 20 requests, one credential, through Redis: zero 429s", () => {
  test("sliding window, 10 per 500 ms", async () => {
    const { statuses, stats } = await drive(slidingWindow("sliding", 10, 500), {
      id: "w",
      algorithm: "sliding-window",
      limit: 10,
      windowSeconds: 0.5,
      per: "credential",
    });
    expect(statuses).toHaveLength(80);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(stats).toMatchObject({ admitted: 80, rejected: 0 });
  });

  test("PluralKit's GCRA, 10 per 500 ms with a burst of 9", async () => {
    const { statuses, stats } = await drive(pluralKitGcra("gcra", 10, 500), {
      id: "g",
      algorithm: "gcra",
      limit: 10,
      windowSeconds: 0.5,
      burst: 9,
      per: "credential",
    });
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(stats).toMatchObject({ admitted: 80, rejected: 0 });
  });

  test("a header-announced budget (Pwnbook), 15 per 1 s fixed window: the budget is shared through Redis", async () => {
    const { statuses, stats } = await drive(announcedFixedWindow("announced", 15, 1000), {
      id: "announced",
      algorithm: "header-announced",
      per: "credential",
    });
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(stats).toMatchObject({ admitted: 80, rejected: 0 });
  });
});

describe("controls: without the shared store the same load gets 429s (the tests can fail)", () => {
  test.each([
    [
      "sliding window",
      slidingWindow("sliding-control", 10, 500),
      { id: "w", algorithm: "sliding-window", limit: 10, windowSeconds: 0.5, per: "credential" },
    ],
    [
      "header-announced",
      announcedFixedWindow("announced-control", 15, 1000),
      { id: "announced", algorithm: "header-announced", per: "credential" },
    ],
  ])("%s", async (_name, limit, window) => {
    const { statuses } = await drive(limit, window, { SEPARATE_PREFIXES: "1" });
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});
