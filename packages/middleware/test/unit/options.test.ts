import { describe, expect, test } from "vitest";
import { testClient, testDefinition } from "../helpers/test-api.js";

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
    [
      { rateLimit: { windows: [{ id: "w", algorithm: "sliding-window", limit: 0, windowSeconds: 1, per: "credential" }] } },
      'rateLimit.windows "w": limit',
    ],
    [
      { rateLimit: { windows: [{ id: "w", limit: 1, windowSeconds: 1, per: "credential" }] } },
      'rateLimit.windows "w": algorithm must be one of gcra, sliding-window, fixed-window, header-announced',
    ],
    [{ rateLimit: { store: {} } }, "rateLimit.store must implement LimiterStore"],
    [{ userAgent: "a\r\nX-Injected: 1" }, "userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+000D"],
    [{ userAgent: "bot\u0000" }, "userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+0000"],
    [{ userAgent: "bot\u007f" }, "userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+007F"],
    [{ userAgent: "bøt/1.0" }, "userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+00F8"],
    [{ userAgent: "bot 🤖" }, "userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+1F916"],
    [{ userAgent: " bot" }, "userAgent must not start or end with whitespace"],
    [{ userAgent: "" }, "userAgent must be a non-empty string"],
    // Unknown options: a JavaScript caller's typo or another API's word for the credential.
    [{ apiKey: "secret-value" }, "unknown option apiKey; did you mean token?"],
    [{ timeoutMS: 5 }, "unknown option timeoutMS; did you mean timeoutMs?"],
    [{ baseURL: "https://x.test" }, "unknown option baseURL; did you mean baseUrl?"],
    [{ retries: 3 }, "unknown option retries; did you mean retry?"],
    [{ retry: { limt: 3 } }, "unknown option retry.limt; did you mean retry.limit?"],
    [{ retry: { maxRetries: 3 } }, "unknown option retry.maxRetries; did you mean retry.limit?"],
    [{ retry: { jitter: true } }, "unknown option retry.jitter; the options are retry.limit, retry.initialDelayMs"],
    [{ timeout: 5000 }, "unknown option timeout; did you mean timeoutMs?"],
    [{ rateLimit: { maxWait: 5 } }, "unknown option rateLimit.maxWait; did you mean rateLimit.maxWaitMs?"],
    [{ rateLimit: { timescale: 2 } }, "unknown option rateLimit.timescale; did you mean rateLimit.timeScale?"],
    [{ zzzzzzzz: 1 }, "unknown option zzzzzzzz; the options are token, baseUrl, fetch"],
    [{ logger: {} }, "logger must have"],
  ])("%j", (options, message) => {
    expect(() => testClient(options as never)).toThrow(TypeError);
    expect(() => testClient(options as never)).toThrow(`createTestClient: ${message}`);
  });

  test("an unknown option's value (maybe a secret) is never in the message", () => {
    expect(() => testClient({ apiKey: "sk_live_do_not_print" } as never)).toThrow(/^(?!.*do_not_print).*$/s);
  });

  test("every optional option may be undefined, meaning its default", async () => {
    const seen: Request[] = [];
    const client = testClient({
      token: undefined,
      baseUrl: undefined,
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return Response.json({ id: "1" });
      },
      rateLimit: { windows: undefined, tier: undefined, store: undefined, maxWaitMs: undefined, timeScale: undefined },
      retry: {
        limit: undefined,
        initialDelayMs: undefined,
        maxDelayMs: undefined,
        maxRetryAfterMs: undefined,
        statusCodes: undefined,
        methods: undefined,
      },
      timeoutMs: undefined,
      logger: undefined,
      userAgent: undefined,
    });
    const { data } = await client.GET("/items/{itemId}", { params: { path: { itemId: "1" } } });
    expect(data).toEqual({ id: "1" });
    expect(seen[0]!.url).toBe("https://api.test.invalid/v1/items/1");
    expect(seen[0]!.headers.get("user-agent")).toBe("@api-clients/test");
  });

  test("a definition's own extra options are known, and suggested", () => {
    const definition = testDefinition({ extraOptions: ["cache"] });
    expect(() => testClient({ cache: true } as never, definition)).not.toThrow();
    expect(() => testClient({ cahce: true } as never, definition)).toThrow("unknown option cahce; did you mean cache?");
  });

  test("good options build a client", () => {
    expect(() =>
      testClient({ token: "abc", baseUrl: "http://127.0.0.1:8080/v1", timeoutMs: 0, retry: false, rateLimit: false }),
    ).not.toThrow();
  });
});
