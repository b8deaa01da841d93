// A 429's hint is bounded: a negative Retry-After or a date in the past is no
// hint (the backoff applies, never an immediate re-send), and a pause of
// years is capped at MAX_PAUSE_MS; each comes with a warning.
import { describe, expect, test } from "vitest";
import { MemoryStore } from "../../src/index.js";
import { MAX_PAUSE_MS } from "../../src/rate-limit/read-pause.js";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

const item = { params: { path: { itemId: "a1" } } };

function recordingLogger() {
  const warnings: string[] = [];
  return { warnings, logger: { debug() {}, info() {}, warn: (m: string) => void warnings.push(m) } };
}

describe("absurd 429 hints", () => {
  test.each([
    ["Retry-After: -5", { "Retry-After": "-5" }],
    ["a Retry-After date in the past", { "Retry-After": new Date(Date.now() - 60_000).toUTCString() }],
    ["Retry-After: 0", { "Retry-After": "0" }],
    ["Retry-After: garbage", { "Retry-After": "soon" }],
  ])("%s: re-sent after the backoff, not at once, with a warning", async (_name, headers) => {
    const sentAt: number[] = [];
    let calls = 0;
    const { fetch } = scriptedFetch(() => {
      sentAt.push(performance.now());
      return ++calls === 1 ? json(429, {}, headers) : json(200, { id: "a1" });
    });
    const { warnings, logger } = recordingLogger();
    const client = testClient({
      token: "hint-token",
      fetch,
      logger,
      retry: { initialDelayMs: 200, maxDelayMs: 200 },
      rateLimit: { store: new MemoryStore() },
    });
    const { data } = await client.GET("/items/{itemId}", item);
    expect(data).toEqual({ id: "a1" });
    // The backoff of 200 ms less its jitter of up to 25 %.
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(145);
    expect(warnings.join("\n")).toContain("cannot be read");
  });

  test("Retry-After of ten years: capped at MAX_PAUSE_MS with a warning; the call fails with the hint, later calls fail fast", async () => {
    const { fetch, seen } = scriptedFetch(json(429, { code: 0, message: "come back later" }, { "Retry-After": String(10 * 365 * 86_400) }));
    const { warnings, logger } = recordingLogger();
    const client = testClient({ token: "years-token", fetch, logger, rateLimit: { store: new MemoryStore() } });
    const { error, response } = await client.GET("/items/{itemId}", item);
    expect(response.status).toBe(429);
    expect(error).toMatchObject({ message: "come back later" });
    expect(warnings.join("\n")).toContain(`capped at ${MAX_PAUSE_MS / 1000} s`);
    const started = Date.now();
    const later = await client.GET("/items/{itemId}", item).catch((e) => e);
    expect(later).toMatchObject({ name: "RateLimitError" });
    expect(later.retryAfterMs).toBeLessThanOrEqual(MAX_PAUSE_MS);
    expect(Date.now() - started).toBeLessThan(100);
    expect(seen).toHaveLength(1);
  });
});
