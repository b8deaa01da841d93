import { describe, expect, test } from "vitest";
import { MemoryStore, MissingCredentialError } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient, testDefinition } from "../helpers/test-api.js";

const TOKEN = "tok_0123456789abcdef";
const item = { params: { path: { itemId: "a1" } } };

describe("auth schemes", () => {
  test.each([
    [{ type: "bearer" } as const, "authorization", `Bearer ${TOKEN}`],
    [{ type: "raw", header: "Authorization" } as const, "authorization", TOKEN],
    [{ type: "header", header: "X-API-Key" } as const, "x-api-key", TOKEN],
  ])("%j", async (auth, header, value) => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    await testClient({ token: TOKEN, fetch }, testDefinition({ auth })).GET("/items/{itemId}", item);
    expect(seen[0]!.headers.get(header)).toBe(value);
  });

  test("an onRequest middleware never sees the credential, which still reaches fetch", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    const client = testClient({ token: TOKEN, fetch });
    const visible: (string | null)[] = [];
    client.use({ onRequest: ({ request }) => void visible.push(request.headers.get("authorization")) });
    await client.GET("/items/{itemId}", item);
    expect(visible).toEqual([null]);
    expect(seen[0]!.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  test("a token function is called per request, so a rotated token is used", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    let n = 0;
    const client = testClient({ token: async () => `${TOKEN}-${++n}`, fetch });
    await client.GET("/items/{itemId}", item);
    await client.GET("/items/{itemId}", item);
    expect(seen.map((r) => r.headers.get("authorization"))).toEqual([`Bearer ${TOKEN}-1`, `Bearer ${TOKEN}-2`]);
  });

  test("no credential means no auth header", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    await testClient({ fetch }).GET("/items/{itemId}", item);
    expect(seen[0]!.headers.has("authorization")).toBe(false);
  });
});

describe("credentials stay on the API origin", () => {
  test("a cross-origin redirect is followed without the credential", async () => {
    const { fetch, seen } = scriptedFetch(
      new Response(null, { status: 302, headers: { Location: "https://evil.example/steal" } }),
      json(200, { id: "a1" }),
    );
    const { data } = await testClient({ token: TOKEN, fetch }, testDefinition({ auth: { type: "header", header: "X-API-Key" } })).GET(
      "/items/{itemId}",
      item,
    );
    expect(data).toEqual({ id: "a1" });
    expect(seen.map((r) => [r.url, r.headers.get("x-api-key")])).toEqual([
      ["https://api.test.invalid/v1/items/a1", TOKEN],
      ["https://evil.example/steal", null],
    ]);
  });

  test("a same-origin redirect keeps it", async () => {
    const { fetch, seen } = scriptedFetch(
      new Response(null, { status: 307, headers: { Location: "/v1/items/b2" } }),
      json(200, { id: "b2" }),
    );
    await testClient({ token: TOKEN, fetch }).GET("/items/{itemId}", item);
    expect(seen.map((r) => r.headers.get("authorization"))).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  test("303 after a POST continues as a GET without the body", async () => {
    const { fetch, seen } = scriptedFetch(
      new Response(null, { status: 303, headers: { Location: "/v1/items/c3" } }),
      json(200, { id: "c3" }),
    );
    await testClient({ token: TOKEN, fetch }).POST("/items", { body: { name: "x" } });
    expect(seen.map((r) => [r.method, r.body])).toEqual([
      ["POST", '{"name":"x"}'],
      ["GET", ""],
    ]);
  });
});

describe("401 marks the credential invalid", () => {
  test("later calls fail fast without a request; another token still works", async () => {
    const { fetch, seen } = scriptedFetch((request) =>
      request.headers.get("authorization") === `Bearer ${TOKEN}`
        ? json(401, { code: 0, message: "invalid token" })
        : json(200, { id: "a1" }),
    );
    const client = testClient({ token: TOKEN, fetch });
    const first = await client.GET("/items/{itemId}", item);
    expect(first.response.status).toBe(401);
    await expect(client.GET("/items/{itemId}", item)).rejects.toMatchObject({ name: "InvalidCredentialError", status: 401 });
    expect(seen).toHaveLength(1);
    const other = await testClient({ token: `${TOKEN}-new`, fetch }).GET("/items/{itemId}", item);
    expect(other.data).toEqual({ id: "a1" });
  });

  test("403 is not retried and does not mark the credential", async () => {
    const { fetch, seen } = scriptedFetch(json(403, { code: 3, message: "missing scope" }), json(200, { id: "a1" }));
    const client = testClient({ token: TOKEN, fetch });
    expect((await client.GET("/items/{itemId}", item)).response.status).toBe(403);
    expect((await client.GET("/items/{itemId}", item)).response.status).toBe(200);
    expect(seen).toHaveLength(2);
  });
});

describe("a missing credential", () => {
  // putItem needs a credential (its spec security has no `{}`); getItem does not.
  const { metadata } = testDefinition();
  const needsToken = testDefinition({
    metadata: { ...metadata, operations: { ...metadata.operations, putItem: { ...metadata.operations.putItem!, anonymous: false } } },
  });

  test("fails an operation that needs one before any request, naming the option to set", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    const client = testClient({ fetch }, needsToken);
    const call = client.PUT("/items/{itemId}", { ...item, body: { name: "x" } });
    await expect(call).rejects.toThrow(MissingCredentialError);
    await expect(client.PUT("/items/{itemId}", { ...item, body: {} })).rejects.toThrow(
      "PUT /v1/items/a1 (putItem) needs a credential: pass { token } to createTestClient; nothing was sent",
    );
    expect(seen).toHaveLength(0);
  });

  test("lets an operation that allows anonymous access go out", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    const { data } = await testClient({ fetch }, needsToken).GET("/items/{itemId}", item);
    expect(data).toEqual({ id: "a1" });
    expect(seen[0]!.headers.get("authorization")).toBeNull();
  });
});

describe("a credential function that never settles", () => {
  const hangsFirst = () => {
    let calls = 0;
    return () => (++calls === 1 ? new Promise<string>(() => {}) : Promise.resolve(TOKEN));
  };

  test("the caller's abort ends the wait with RequestAbortedError, nothing sent", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    const controller = new AbortController();
    const call = testClient({ token: () => new Promise<string>(() => {}), fetch }).GET("/items/{itemId}", {
      ...item,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toMatchObject({ name: "RequestAbortedError" });
    expect(seen).toHaveLength(0);
  });

  test("the per-attempt timeout bounds the wait: TimeoutError naming the function", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    const call = testClient({ token: () => new Promise<string>(() => {}), fetch, timeoutMs: 50 }).GET("/items/{itemId}", item);
    await expect(call).rejects.toThrow("GET /v1/items/a1: the token function did not settle within 50 ms; nothing was sent");
    expect(seen).toHaveLength(0);
  });

  test("holds no place in line: a later call with a ready credential goes first", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a1" }));
    const client = testClient({
      token: hangsFirst(),
      fetch,
      timeoutMs: 0,
      rateLimit: {
        store: new MemoryStore(),
        windows: [{ id: "w", algorithm: "sliding-window", limit: 1, windowSeconds: 60, per: "credential" }],
      },
    });
    const stuck = client.GET("/items/{itemId}", item);
    const { data } = await client.GET("/items/{itemId}", item);
    expect(data).toEqual({ id: "a1" });
    expect(seen).toHaveLength(1);
    void stuck;
  });
});
