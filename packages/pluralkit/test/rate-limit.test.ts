// The PluralKit client against a local server that enforces PluralKit's own
// limiter (GCRA per scope, a burst admitted only up to limit − 1; see
// specs/pluralkit x-rate-limits), time-scaled 2× (faster and a busy machine's
// scheduling noise would be larger than the intervals). Driven far past the
// limits by concurrent callers, it must never be answered 429.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MemoryStore } from "@api-clients/middleware";
import { type EnforcingServer, pluralKitGcra, startLimitEnforcingServer } from "@api-clients/contract-kit";
import { createPluralKitClient } from "../src/index.js";

const SCALE = 0.5;
const isMessage = (path: string) => path.startsWith("/v2/messages/");
let server: EnforcingServer;

beforeAll(async () => {
  server = await startLimitEnforcingServer(
    [
      pluralKitGcra("generic_get", 10, 1000 * SCALE, (method, path) => method === "GET" && !isMessage(path)),
      pluralKitGcra("message", 10, 1000 * SCALE, (method, path) => method === "GET" && isMessage(path)),
      pluralKitGcra("generic_update", 3, 1000 * SCALE, (method) => method !== "GET"),
    ],
    (req, res) => {
      const body = req.method === "GET" ? '{"id":"exmpl"}' : "";
      res.writeHead(req.method === "GET" ? 200 : 204, { "Content-Type": "application/json" }).end(body);
    },
  );
});
afterAll(() => server.stop());

describe("PluralKit limits, enforced by a local server", () => {
  test("60 GETs, 20 message lookups and 15 writes at once: zero 429s", async () => {
    const pk = createPluralKitClient({
      token: "rate-limit-test-token",
      baseUrl: `${server.url}/v2`,
      rateLimit: { timeScale: SCALE, store: new MemoryStore() },
      retry: false,
    });
    const calls = [
      ...Array.from({ length: 60 }, () => pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "exmpl" } } })),
      ...Array.from({ length: 20 }, () => pk.GET("/messages/{messageRef}", { params: { path: { messageRef: "1214530148735537152" } } })),
      ...Array.from({ length: 15 }, () => pk.DELETE("/members/{memberRef}", { params: { path: { memberRef: "mbrab" } } })),
    ];
    const statuses = (await Promise.all(calls)).map((r) => r.response.status);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    expect(server.stats.rejected).toBe(0);
    expect(server.stats.admitted).toBe(95);
  });
});
