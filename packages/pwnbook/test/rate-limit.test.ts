// Pwnbook announces its limit on every response (X-RateLimit-Limit,
// -Remaining, -Reset in Unix seconds). A local server enforces 5 requests per
// 1-second window, resetting on the second, and says so in those headers.
// 15 concurrent calls must all succeed without a single 429: the client waits
// for the reset once Remaining reaches 0.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { MemoryStore } from "@api-clients/middleware";
import { createPwnbookClient } from "../src/index.js";

const LIMIT = 5;
let server: Server;
let url: string;
const stats = { admitted: 0, rejected: 0 };
let windowStart = 0;
let used = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    const second = Math.floor(Date.now() / 1000);
    if (second !== windowStart) {
      windowStart = second;
      used = 0;
    }
    const headers = { "Content-Type": "application/json", "X-RateLimit-Limit": String(LIMIT), "X-RateLimit-Reset": String(second + 1) };
    if (used >= LIMIT) {
      stats.rejected++;
      res
        .writeHead(429, { ...headers, "X-RateLimit-Remaining": "0" })
        .end('{"error":{"code":"RATE_LIMITED","message":"slow down","statusCode":429}}');
      return;
    }
    used++;
    stats.admitted++;
    res.writeHead(200, { ...headers, "X-RateLimit-Remaining": String(LIMIT - used) }).end('{"data":{"id":"org_1","name":"x","slug":"x"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("15 concurrent calls against 5 per second announced in headers: zero 429s", async () => {
  const pwnbook = createPwnbookClient({ apiKey: "pwbk_test_headers", baseUrl: url, rateLimit: { store: new MemoryStore() }, retry: false });
  // A cold burst: the first call probes, the rest follow what the headers say.
  const results = await Promise.all(Array.from({ length: 15 }, () => pwnbook.GET("/organizations/current")));
  expect(results.every((r) => r.response.status === 200)).toBe(true);
  expect(stats).toEqual({ admitted: 15, rejected: 0 });
});
