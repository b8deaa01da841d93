import { describe, expect, test } from "vitest";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

const item = { params: { path: { itemId: "a1" } } };

describe("retries", () => {
  test("GET is re-sent on 503 and succeeds", async () => {
    const { fetch, seen } = scriptedFetch(json(503, { code: 1, message: "busy" }), json(200, { id: "a1" }));
    const { data } = await testClient({ fetch }).GET("/items/{itemId}", item);
    expect(data).toEqual({ id: "a1" });
    expect(seen).toHaveLength(2);
  });

  test("GET gives up after retry.limit re-sends and returns the last error", async () => {
    const { fetch, seen } = scriptedFetch(json(500, { code: 1, message: "boom" }));
    const { error, response } = await testClient({ fetch, retry: { limit: 3, initialDelayMs: 1 } }).GET("/items/{itemId}", item);
    expect(response.status).toBe(500);
    expect(error).toEqual({ code: 1, message: "boom" });
    expect(seen).toHaveLength(4);
  });

  test("PUT (idempotent) is re-sent with the identical body", async () => {
    const { fetch, seen } = scriptedFetch(json(502, {}), json(503, {}), json(200, { id: "a1" }));
    await testClient({ fetch }).PUT("/items/{itemId}", { ...item, body: { name: "ü", n: [1, 2] } });
    expect(seen.map((r) => r.body)).toEqual(Array(3).fill('{"name":"ü","n":[1,2]}'));
  });

  test("POST is never re-sent after a 5xx", async () => {
    const { fetch, seen } = scriptedFetch(json(503, {}), json(200, { id: "a1" }));
    const { response } = await testClient({ fetch }).POST("/items", { body: { name: "x" } });
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  test("POST is never re-sent after a network error", async () => {
    const { fetch, seen } = scriptedFetch(new TypeError("fetch failed"), json(200, { id: "a1" }));
    await expect(testClient({ fetch }).POST("/items", { body: { name: "x" } })).rejects.toMatchObject({ name: "ConnectionError" });
    expect(seen).toHaveLength(1);
  });

  test("GET is re-sent after a network error", async () => {
    const { fetch, seen } = scriptedFetch(new TypeError("fetch failed"), json(200, { id: "a1" }));
    expect((await testClient({ fetch }).GET("/items/{itemId}", item)).data).toEqual({ id: "a1" });
    expect(seen).toHaveLength(2);
  });

  test("POST is re-sent after a 429, which the server did not process", async () => {
    const { fetch, seen } = scriptedFetch(json(429, { retry_after: 5 }), json(200, { id: "a1" }));
    const { data } = await testClient({ fetch }).POST("/items", { body: { name: "x" } });
    expect(data).toEqual({ id: "a1" });
    expect(seen.map((r) => r.body)).toEqual(['{"name":"x"}', '{"name":"x"}']);
  });

  test("a Retry-After longer than maxRetryAfterMs is not waited for", async () => {
    const { fetch, seen } = scriptedFetch(json(503, {}, { "Retry-After": "120" }), json(200, { id: "a1" }));
    const { response } = await testClient({ fetch, retry: { maxRetryAfterMs: 1000 } }).GET("/items/{itemId}", item);
    expect(response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });

  test("Retry-After as an HTTP date is honoured", async () => {
    const soon = new Date(Date.now() + 1500).toUTCString();
    const { fetch, seen } = scriptedFetch(json(503, {}, { "Retry-After": soon }), json(200, { id: "a1" }));
    const started = Date.now();
    await testClient({ fetch }).GET("/items/{itemId}", item);
    expect(seen).toHaveLength(2);
    // HTTP dates have whole seconds: the wait is at least what is left of that second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  test("retry: false sends once", async () => {
    const { fetch, seen } = scriptedFetch(json(503, {}), json(200, { id: "a1" }));
    expect((await testClient({ fetch, retry: false }).GET("/items/{itemId}", item)).response.status).toBe(503);
    expect(seen).toHaveLength(1);
  });
});
