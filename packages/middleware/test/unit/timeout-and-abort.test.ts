import { describe, expect, test } from "vitest";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

const item = { params: { path: { itemId: "a1" } } };

/** Answers only when the request's signal aborts (a server that never replies). */
const hang = (request: Request) =>
  new Promise<Error>((resolve) => {
    if (request.signal.aborted) return resolve(request.signal.reason);
    request.signal.addEventListener("abort", () => resolve(request.signal.reason), { once: true });
  });

describe("timeouts and aborts", () => {
  test("a hung attempt ends in TimeoutError after its retries", async () => {
    const { fetch, seen } = scriptedFetch(hang);
    const error = await testClient({ fetch, timeoutMs: 30, retry: { limit: 1, initialDelayMs: 1 } })
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toContain("within 30 ms");
    expect(seen).toHaveLength(2);
  });

  test("the longest allowed timeout (2^31 − 1 ms) does not fire early", async () => {
    // One ms more and Node would fire the timer after 1 ms (options.test.ts refuses it).
    const { fetch } = scriptedFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return json(200, { id: "a1" });
    });
    const { data, error } = await testClient({ fetch, timeoutMs: 2 ** 31 - 1, retry: false }).GET("/items/{itemId}", item);
    expect(error).toBeUndefined();
    expect(data).toEqual({ id: "a1" });
  });

  test("the caller's abort is a RequestAbortedError, not a timeout, and is not retried", async () => {
    const { fetch, seen } = scriptedFetch(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 20);
    const error = await testClient({ fetch, timeoutMs: 5000 })
      .GET("/items/{itemId}", { ...item, signal: controller.signal })
      .catch((e) => e);
    expect(error.name).toBe("RequestAbortedError");
    expect(seen).toHaveLength(1);
  });

  test("the timeout covers a body that never finishes", async () => {
    const stalled = () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"id":'));
          },
        }),
        {
          status: 200,
          headers: { "Content-Type": "application/json" },
        },
      );
    const { fetch } = scriptedFetch(stalled);
    const error = await testClient({ fetch, timeoutMs: 40, retry: false })
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error.name).toBe("TimeoutError");
  });

  test("a sleeping retry ends at once when the caller aborts", async () => {
    const { fetch, seen } = scriptedFetch(json(503, {}, { "Retry-After": "30" }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    const error = await testClient({ fetch })
      .GET("/items/{itemId}", { ...item, signal: controller.signal })
      .catch((e) => e);
    expect(error.name).toBe("RequestAbortedError");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(seen).toHaveLength(1);
  });

  test("a Request rebuilt by the caller's own middleware still carries the caller's abort", async () => {
    const { fetch, seen } = scriptedFetch(hang);
    const client = testClient({ fetch, timeoutMs: 5000 });
    client.use({ onRequest: ({ request }) => new Request(request, { headers: { "X-Trace": "1" } }) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 20);
    const error = await client.GET("/items/{itemId}", { ...item, signal: controller.signal }).catch((e) => e);
    expect(error.name).toBe("RequestAbortedError");
    expect(seen[0]!.headers.get("x-trace")).toBe("1");
  });

  test("with no timeout, the caller's abort still ends a body that never finishes", async () => {
    const { fetch } = scriptedFetch(() => stalledBody());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await testClient({ fetch, timeoutMs: 0, retry: false })
      .GET("/items/{itemId}", { ...item, signal: controller.signal })
      .catch((e) => e);
    expect(error.name).toBe("RequestAbortedError");
  });

  test("a Response of another class (a polyfill's) is held to the timeout too", async () => {
    class PolyfillResponse extends Response {}
    const { fetch } = scriptedFetch(() => {
      const response = stalledBody();
      return new PolyfillResponse(response.body, { status: 200, headers: response.headers });
    });
    const error = await testClient({ fetch, timeoutMs: 40, retry: false })
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toContain("did not arrive within 40 ms");
  });
});

/** A 200 whose JSON body starts and never ends. */
function stalledBody(): Response {
  return new Response(
    new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"id":'));
      },
    }),
    { status: 200, headers: { "Content-Type": "application/json" } },
  );
}
