// Phisherman allows 30 requests per 10 s per key. A local server enforces it
// (sliding window by arrival, time-scaled 100×) while 120 checks are fired at
// once: all must succeed with zero 429s.
import { afterAll, beforeAll, expect, test } from "vitest";
import { MemoryStore } from "@api-clients/middleware";
import { type EnforcingServer, slidingWindow, startLimitEnforcingServer } from "@api-clients/contract-kit";
import { createPhishermanClient } from "../src/index.js";

const SCALE = 0.01;
let server: EnforcingServer;
beforeAll(async () => {
  server = await startLimitEnforcingServer([slidingWindow("per_key", 30, 10_000 * SCALE)], (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" }).end('{"classification":"safe","verifiedPhish":false}');
  });
});
afterAll(() => server.stop());

test("120 concurrent checks against 30 per 10 s: zero 429s", async () => {
  const phisherman = createPhishermanClient({
    apiKey: "rate-limit-key",
    baseUrl: `${server.url}/v2`,
    rateLimit: { timeScale: SCALE, store: new MemoryStore() },
    retry: false,
  });
  const results = await Promise.all(Array.from({ length: 120 }, (_, i) => phisherman.classifyDomain(`site${i}.example`)));
  expect(results.every((r) => r.classification === "safe")).toBe(true);
  expect(server.stats).toMatchObject({ admitted: 120, rejected: 0 });
});
