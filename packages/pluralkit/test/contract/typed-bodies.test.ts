// What the types promise, on real answers from Prism: the fields a bot reads
// most, through the typed `data` (these lines only compile if the types have them).
import { describe, expect, test } from "vitest";
import { mockClient } from "./harness.js";

const SHORT_ID = /^[a-z]{5,6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const sys = { path: { systemRef: "exmpl" } };

describe("typed success bodies", () => {
  const pk = mockClient();

  test("a system has a short ID and a UUID", async () => {
    const { data } = await pk.GET("/systems/{systemRef}", { params: sys });
    expect(data?.id).toMatch(SHORT_ID);
    expect(data?.uuid).toMatch(UUID);
  });

  test("the switch list is an array of switches whose members are short IDs", async () => {
    const { data } = await pk.GET("/systems/{systemRef}/switches", { params: { ...sys, query: { limit: 10 } } });
    expect(Array.isArray(data)).toBe(true);
    expect(data?.[0]?.members.every((id) => typeof id === "string")).toBe(true);
  });

  test("the fronters are a switch with full members", async () => {
    const { data, response } = await pk.GET("/systems/{systemRef}/fronters", { params: sys });
    expect(response.status).toBe(200);
    expect(data?.members[0]?.name).toBeTypeOf("string");
  });

  test("a new switch comes back with its UUID", async () => {
    const { data } = await pk.POST("/systems/{systemRef}/switches", { params: sys, body: { members: ["mbrab"] } });
    expect(data?.id).toMatch(UUID);
  });

  test("a member has a name, and a deleted one answers 204", async () => {
    const { data } = await pk.GET("/members/{memberRef}", { params: { path: { memberRef: "mbrab" } } });
    expect(data?.name).toBeTypeOf("string");
    const { response } = await pk.DELETE("/members/{memberRef}", { params: { path: { memberRef: "mbrab" } } });
    expect(response.status).toBe(204);
  });

  test("a proxied message names its snowflakes as strings", async () => {
    const { data } = await pk.GET("/messages/{messageRef}", { params: { path: { messageRef: "466707357099884544" } } });
    expect(data?.id).toMatch(/^[0-9]+$/);
    expect(typeof data?.channel).toBe("string");
  });
});
