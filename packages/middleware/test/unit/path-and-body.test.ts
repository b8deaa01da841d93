import { describe, expect, test } from "vitest";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

describe("path parameters stay in their segment", () => {
  test.each([
    ["a/b", "/v1/items/a%2Fb"],
    ["a?x=1", "/v1/items/a%3Fx%3D1"],
    ["a#frag", "/v1/items/a%23frag"],
    ["../admin", "/v1/items/..%2Fadmin"],
    ["a b", "/v1/items/a%20b"],
  ])("%j is encoded", async (itemId, pathname) => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "x" }));
    await testClient({ fetch }).GET("/items/{itemId}", { params: { path: { itemId } } });
    expect(new URL(seen[0]!.url).pathname).toBe(pathname);
  });

  test.each([".", "..", "%2e%2E", ""])("%j is refused before any request", async (itemId) => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "x" }));
    await expect(testClient({ fetch }).GET("/items/{itemId}", { params: { path: { itemId } } })).rejects.toThrow(/path parameter "itemId"/);
    expect(seen).toHaveLength(0);
  });

  test("a missing path parameter is refused, not sent as {itemId}", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "x" }));
    await expect(testClient({ fetch }).GET("/items/{itemId}", { params: { path: {} } } as never)).rejects.toThrow(
      'path parameter "itemId" is missing',
    );
    expect(seen).toHaveLength(0);
  });
});

describe("JSON bodies", () => {
  test("a bigint goes out as an exact JSON integer", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "x" }));
    const guild = 2n ** 63n - 1n;
    await testClient({ fetch }).POST("/items", { body: { guild, name: "bigint:\u0000 not a marker", n: 1 } });
    expect(seen[0]!.body).toBe('{"guild":9223372036854775807,"name":"bigint:\\u0000 not a marker","n":1}');
  });
});
