import { describe, expect, test } from "vitest";
import { testClient } from "../helpers/test-api.js";

describe("invalid options throw a TypeError at construction", () => {
  test.each([
    [{ token: "" }, "token must be a non-empty string"],
    [{ token: "a b" }, "token contains whitespace"],
    [{ baseUrl: "not a url" }, "baseUrl must be an absolute http(s) URL"],
    [{ baseUrl: "file:///etc/passwd" }, "baseUrl must be an absolute http(s) URL"],
    [{ baseUrl: "https://x.test/v1?key=1" }, "baseUrl must not have a query string"],
    [{ fetch: 42 }, "fetch must be a function"],
    [{ timeoutMs: -1 }, "timeoutMs must be a number ≥ 0"],
    [{ timeoutMs: Number.NaN }, "timeoutMs must be a number ≥ 0"],
    // Longer than a timer can wait: Node would fire it after 1 ms.
    [{ timeoutMs: 2 ** 31 }, "timeoutMs must be at most 2147483647 ms"],
    [{ retry: { maxRetryAfterMs: 3e9 } }, "retry.maxRetryAfterMs must be at most 2147483647 ms"],
    [{ retry: { initialDelayMs: Number.POSITIVE_INFINITY } }, "retry.initialDelayMs must be a number ≥ 0"],
    [{ rateLimit: { maxWaitMs: 2 ** 31 } }, "rateLimit.maxWaitMs must be at most 2147483647 ms"],
    [{ retry: { limit: -2 } }, "retry.limit must be a number ≥ 0"],
    [{ retry: { limit: 1.5 } }, "retry.limit must be a whole number"],
    [{ retry: { maxDelayMs: -5 } }, "retry.maxDelayMs must be a number ≥ 0"],
    [{ rateLimit: { maxWaitMs: -1 } }, "rateLimit.maxWaitMs must be a number ≥ 0"],
    [{ rateLimit: { timeScale: 0 } }, "rateLimit.timeScale must be a number > 0"],
    [{ rateLimit: { windows: [{ id: "w", limit: 0, windowSeconds: 1, per: "credential" }] } }, 'rateLimit.windows "w": limit'],
    [{ rateLimit: { store: {} } }, "rateLimit.store must implement LimiterStore"],
    [{ userAgent: "a\r\nX-Injected: 1" }, "userAgent must be a non-empty single-line string"],
    [{ logger: {} }, "logger must have"],
  ])("%j", (options, message) => {
    expect(() => testClient(options as never)).toThrow(TypeError);
    expect(() => testClient(options as never)).toThrow(`createTestClient: ${message}`);
  });

  test("good options build a client", () => {
    expect(() =>
      testClient({ token: "abc", baseUrl: "http://127.0.0.1:8080/v1", timeoutMs: 0, retry: false, rateLimit: false }),
    ).not.toThrow();
  });
});
