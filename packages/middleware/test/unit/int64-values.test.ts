// 64-bit ids (Discord snowflakes) declared by an API's int64Fields: whatever
// form the caller holds them in, the request carries the exact integer, and a
// value that cannot be right is refused before anything is sent.
import { describe, expect, test } from "vitest";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient, testDefinition, testMetadata } from "../helpers/test-api.js";

const snowflakeApi = testDefinition({ metadata: { ...testMetadata, int64Fields: ["guild_id", "role_ids", "itemId"] } });
const above2to53 = "1187654321098765432"; // 2^53 ≈ 9.007e15; Number(above2to53) would end in …5400

function client() {
  const { fetch, seen } = scriptedFetch(json(200, { id: "x" }), json(200, { id: "x" }));
  return { seen, husqy: testClient({ fetch }, snowflakeApi) };
}

describe("request bodies", () => {
  test.each([
    ["a string", above2to53],
    ["a bigint", BigInt(above2to53)],
  ])("%s id goes out as the exact JSON integer", async (_form, guild_id) => {
    const { husqy, seen } = client();
    await husqy.POST("/items", { body: { guild_id, name: "1187654321098765432 stays a string" } });
    expect(seen[0]!.body).toBe(`{"guild_id":${above2to53},"name":"1187654321098765432 stays a string"}`);
  });

  test("ids inside an id array are converted one by one; null stays null", async () => {
    const { husqy, seen } = client();
    await husqy.POST("/items", { body: { guild_id: null, role_ids: ["18446744073709551615", 42n, 7] } });
    expect(seen[0]!.body).toBe('{"guild_id":null,"role_ids":[18446744073709551615,42,7]}');
  });

  test("an array sent once as ids and later under another key is left alone the second time", async () => {
    const { husqy, seen } = client();
    const values = ["1", "2"];
    await husqy.POST("/items", { body: { role_ids: values } });
    await husqy.POST("/items", { body: { names: values } });
    expect(seen.map((s) => s.body)).toEqual(['{"role_ids":[1,2]}', '{"names":["1","2"]}']);
  });

  test.each([
    [Number(above2to53), /"guild_id" is 1187654321098765300, above 2\^53/],
    ["118765432109876543a", /"guild_id" must be an integer id \(digits only\); got "118765432109876543a"/],
    ["", /"guild_id" must be an integer id/],
    [1.5, /"guild_id" must be an integer id; got 1.5/],
    [{ id: 1 }, /"guild_id" must be an integer id as a string, bigint or number; got object/],
    ["18446744073709551616", /"guild_id" does not fit in 64 bits/],
  ])("%j is refused with a TypeError naming the field, and nothing is sent", async (guild_id, message) => {
    const { husqy, seen } = client();
    await expect(husqy.POST("/items", { body: { guild_id } })).rejects.toThrow(message);
    expect(seen).toHaveLength(0);
  });

  test("fields not declared int64 are left alone", async () => {
    const { husqy, seen } = client();
    await husqy.POST("/items", { body: { name: "42", count: 3 } });
    expect(seen[0]!.body).toBe('{"name":"42","count":3}');
  });
});

describe("query and path parameters", () => {
  test("a bigint or string id is written digit for digit in the query", async () => {
    const { husqy, seen } = client();
    await husqy.GET("/items/{itemId}", { params: { path: { itemId: above2to53 }, query: { guild_id: BigInt(above2to53) } } as never });
    const url = new URL(seen[0]!.url);
    expect(url.pathname).toBe(`/v1/items/${above2to53}`);
    expect(url.searchParams.get("guild_id")).toBe(above2to53);
  });

  test("an id that lost precision as a number is refused in the query and in the path", async () => {
    const { husqy, seen } = client();
    await expect(
      husqy.GET("/items/{itemId}", { params: { path: { itemId: "1" }, query: { guild_id: Number(above2to53) } } as never }),
    ).rejects.toThrow(/"guild_id" is 1187654321098765300/);
    await expect(husqy.GET("/items/{itemId}", { params: { path: { itemId: Number(above2to53) } } } as never)).rejects.toThrow(
      /"itemId" is 1187654321098765300/,
    );
    expect(seen).toHaveLength(0);
  });
});
