// Anonymous PhishStats callers get 20 requests a minute. A local server
// enforces it (time-scaled 1000×) while 60 anonymous requests are fired at
// once: zero 429s. A free key gets 120 a minute and the same test passes for it.
import { afterAll, beforeAll, expect, test } from "vitest";
import { MemoryStore } from "@api-clients/middleware";
import { type EnforcingServer, slidingWindow, startLimitEnforcingServer } from "@api-clients/contract-kit";
import { createPhishStatsClient } from "../src/index.js";

const SCALE = 0.001;
let anonymous: EnforcingServer;
let free: EnforcingServer;
const respond = (_req: unknown, res: import("node:http").ServerResponse) =>
  res.writeHead(200, { "Content-Type": "application/json" }).end("[]");
beforeAll(async () => {
  anonymous = await startLimitEnforcingServer([slidingWindow("anonymous_burst", 20, 60_000 * SCALE)], respond);
  free = await startLimitEnforcingServer([slidingWindow("free_burst", 120, 60_000 * SCALE)], respond);
});
afterAll(async () => {
  await anonymous.stop();
  await free.stop();
});

test("60 anonymous requests at 20 per minute: zero 429s, and the daily quota is not exceeded", async () => {
  const ps = createPhishStatsClient({
    baseUrl: `${anonymous.url}/api`,
    rateLimit: { timeScale: SCALE, store: new MemoryStore() },
    retry: false,
  });
  const results = await Promise.allSettled(Array.from({ length: 60 }, () => ps.list()));
  // 50 a day for anonymous callers: the 51st and later fail fast without a request.
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(50);
  expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.name)).toEqual(
    Array(10).fill("QuotaExceededError"),
  );
  expect(anonymous.stats).toMatchObject({ admitted: 50, rejected: 0 });
});

test("a free key: 140 requests at 120 per minute, zero 429s", async () => {
  const ps = createPhishStatsClient({
    apiKey: "psk_rate_limit",
    baseUrl: `${free.url}/api`,
    rateLimit: { timeScale: SCALE, store: new MemoryStore() },
    retry: false,
  });
  const results = await Promise.all(Array.from({ length: 140 }, () => ps.list()));
  expect(results.every((r) => r.response.status === 200)).toBe(true);
  expect(free.stats).toMatchObject({ admitted: 140, rejected: 0 });
});
