// Drives every operation in specs/pluralkit through the real client against a
// real Prism process, and checks each success body against the spec's schema.
// The case table must name every operationId (typecheck), and the last test
// proves every operation was really called with a 2xx answer (runtime).
import { describe, expect, test } from "vitest";
import { uncoveredOperations } from "@api-clients/contract-kit";
import type { OperationId, PluralKitClient } from "../../src/index.js";
import { mockClient, recorder, spec, validateBody } from "./harness.js";

const SHORT_ID = /^[a-z]{5,6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SNOWFLAKE = "466707357099884544";
const SWITCH = "e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b";
const sys = { path: { systemRef: "exmpl" } };
const member = { path: { memberRef: "mbrab" } };
const group = { path: { groupRef: "grpab" } };
const sw = { path: { systemRef: "exmpl", switchRef: SWITCH } };

type Case = (pk: PluralKitClient) => Promise<unknown>;

const cases = {
  // Systems
  getSystem: async (pk) => {
    const { data } = await pk.GET("/systems/{systemRef}", { params: sys });
    expect(data?.id).toMatch(SHORT_ID);
    expect(data?.uuid).toMatch(UUID);
  },
  updateSystem: async (pk) => {
    const { data } = await pk.PATCH("/systems/{systemRef}", { params: sys, body: { name: "Example System" } });
    expect(data?.id).toMatch(SHORT_ID);
  },
  getSystemSettings: async (pk) => {
    const { data } = await pk.GET("/systems/{systemRef}/settings", { params: sys });
    expect(data).toHaveProperty("pings_enabled");
  },
  updateSystemSettings: async (pk) => {
    const { data } = await pk.PATCH("/systems/{systemRef}/settings", { params: sys, body: { timezone: "Europe/Berlin" } });
    expect(typeof data?.timezone).toBe("string");
  },
  getSystemGuildSettings: async (pk) => {
    const { data } = await pk.GET("/systems/@me/guilds/{guildId}", { params: { path: { guildId: SNOWFLAKE } } });
    expect(typeof data?.proxying_enabled).toBe("boolean");
  },
  updateSystemGuildSettings: async (pk) => {
    const { data } = await pk.PATCH("/systems/@me/guilds/{guildId}", {
      params: { path: { guildId: SNOWFLAKE } },
      body: { tag_enabled: true },
    });
    expect(typeof data?.tag_enabled).toBe("boolean");
  },
  getAutoproxySettings: async (pk) => {
    const { data } = await pk.GET("/systems/@me/autoproxy", { params: { query: { guild_id: SNOWFLAKE } } });
    expect(["off", "front", "latch", "member"]).toContain(data?.autoproxy_mode);
  },
  updateAutoproxySettings: async (pk) => {
    const { data } = await pk.PATCH("/systems/@me/autoproxy", {
      params: { query: { guild_id: SNOWFLAKE } },
      body: { autoproxy_mode: "front", autoproxy_member: null },
    });
    expect(["off", "front", "latch", "member"]).toContain(data?.autoproxy_mode);
  },
  // Members
  listSystemMembers: async (pk) => {
    const { data } = await pk.GET("/systems/{systemRef}/members", { params: sys });
    expect(Array.isArray(data)).toBe(true);
    expect(data?.[0]?.name).toBeTypeOf("string");
  },
  createMember: async (pk) => {
    const { data } = await pk.POST("/members", { body: { name: "Alex", pronouns: "they/them" } });
    expect(data?.id).toMatch(SHORT_ID);
  },
  getMember: async (pk) => {
    const { data } = await pk.GET("/members/{memberRef}", { params: member });
    expect(data?.name).toBeTypeOf("string");
  },
  updateMember: async (pk) => {
    const { data } = await pk.PATCH("/members/{memberRef}", { params: member, body: { color: "ff8800" } });
    expect(data?.id).toMatch(SHORT_ID);
  },
  deleteMember: async (pk) => {
    const { response } = await pk.DELETE("/members/{memberRef}", { params: member });
    expect(response.status).toBe(204);
  },
  listMemberGroups: async (pk) => {
    const { data } = await pk.GET("/members/{memberRef}/groups", { params: member });
    expect(Array.isArray(data)).toBe(true);
  },
  addMemberGroups: async (pk) => {
    const { response } = await pk.POST("/members/{memberRef}/groups/add", { params: member, body: ["grpab"] });
    expect(response.status).toBe(204);
  },
  removeMemberGroups: async (pk) => {
    const { response } = await pk.POST("/members/{memberRef}/groups/remove", { params: member, body: ["grpab"] });
    expect(response.status).toBe(204);
  },
  overwriteMemberGroups: async (pk) => {
    const { response } = await pk.POST("/members/{memberRef}/groups/overwrite", { params: member, body: [] });
    expect(response.status).toBe(204);
  },
  getMemberGuildSettings: async (pk) => {
    const { data } = await pk.GET("/members/{memberRef}/guilds/{guildId}", {
      params: { path: { memberRef: "mbrab", guildId: SNOWFLAKE } },
    });
    expect(data).toHaveProperty("display_name");
  },
  updateMemberGuildSettings: async (pk) => {
    const { data } = await pk.PATCH("/members/{memberRef}/guilds/{guildId}", {
      params: { path: { memberRef: "mbrab", guildId: SNOWFLAKE } },
      body: { display_name: "Alex (here)" },
    });
    expect(data).toHaveProperty("avatar_url");
  },
  // Groups
  listSystemGroups: async (pk) => {
    const { data } = await pk.GET("/systems/{systemRef}/groups", { params: { ...sys, query: { with_members: true } } });
    expect(Array.isArray(data)).toBe(true);
  },
  createGroup: async (pk) => {
    const { data } = await pk.POST("/groups", { body: { name: "Headmates" } });
    expect(data?.id).toMatch(SHORT_ID);
  },
  getGroup: async (pk) => {
    const { data } = await pk.GET("/groups/{groupRef}", { params: group });
    expect(data?.name).toBeTypeOf("string");
  },
  updateGroup: async (pk) => {
    const { data } = await pk.PATCH("/groups/{groupRef}", { params: group, body: { description: "Our group" } });
    expect(data?.id).toMatch(SHORT_ID);
  },
  deleteGroup: async (pk) => {
    const { response } = await pk.DELETE("/groups/{groupRef}", { params: group });
    expect(response.status).toBe(204);
  },
  listGroupMembers: async (pk) => {
    const { data } = await pk.GET("/groups/{groupRef}/members", { params: group });
    expect(Array.isArray(data)).toBe(true);
  },
  addGroupMembers: async (pk) => {
    const { response } = await pk.POST("/groups/{groupRef}/members/add", { params: group, body: ["mbrab"] });
    expect(response.status).toBe(204);
  },
  removeGroupMembers: async (pk) => {
    const { response } = await pk.POST("/groups/{groupRef}/members/remove", { params: group, body: ["mbrab"] });
    expect(response.status).toBe(204);
  },
  overwriteGroupMembers: async (pk) => {
    const { response } = await pk.POST("/groups/{groupRef}/members/overwrite", { params: group, body: ["mbrab", "mbrcd"] });
    expect(response.status).toBe(204);
  },
  // Switches
  listSystemSwitches: async (pk) => {
    const { data } = await pk.GET("/systems/{systemRef}/switches", { params: { ...sys, query: { limit: 10 } } });
    expect(Array.isArray(data)).toBe(true);
    expect(data?.[0]?.members.every((id) => typeof id === "string")).toBe(true);
  },
  getSystemFronters: async (pk) => {
    const { data, response } = await pk.GET("/systems/{systemRef}/fronters", { params: sys });
    expect(response.status).toBe(200);
    expect(data?.members[0]?.name).toBeTypeOf("string");
  },
  createSwitch: async (pk) => {
    const { data } = await pk.POST("/systems/{systemRef}/switches", { params: sys, body: { members: ["mbrab"] } });
    expect(data?.id).toMatch(UUID);
  },
  getSwitch: async (pk) => {
    const { data } = await pk.GET("/systems/{systemRef}/switches/{switchRef}", { params: sw });
    expect(data?.id).toMatch(UUID);
  },
  updateSwitch: async (pk) => {
    const { data } = await pk.PATCH("/systems/{systemRef}/switches/{switchRef}", {
      params: sw,
      body: { timestamp: "2024-03-05T10:15:30.123456Z" },
    });
    expect(data?.timestamp).toBeTypeOf("string");
  },
  updateSwitchMembers: async (pk) => {
    const { data } = await pk.PATCH("/systems/{systemRef}/switches/{switchRef}/members", { params: sw, body: ["mbrab"] });
    expect(Array.isArray(data?.members)).toBe(true);
  },
  deleteSwitch: async (pk) => {
    const { response } = await pk.DELETE("/systems/{systemRef}/switches/{switchRef}", { params: sw });
    expect(response.status).toBe(204);
  },
  // Messages
  getMessage: async (pk) => {
    const { data } = await pk.GET("/messages/{messageRef}", { params: { path: { messageRef: SNOWFLAKE } } });
    expect(data?.id).toMatch(/^[0-9]+$/);
  },
} satisfies Record<OperationId, Case>;

describe("every PluralKit operation against Prism", () => {
  const pk = mockClient();
  test.each(Object.keys(cases) as OperationId[])("%s", async (operationId) => {
    const before = recorder.calls.length;
    await cases[operationId](pk);
    const call = recorder.calls.slice(before).find((c) => c.operationId === operationId);
    expect(call, `${operationId} must call its own operation`).toBeDefined();
    expect(call!.status).toBeGreaterThanOrEqual(200);
    expect(call!.status).toBeLessThan(300);
    expect(validateBody(call!.path, call!.method, call!.status, call!.body)).toEqual([]);
  });

  test("every operation in the spec was called and answered 2xx", () => {
    expect(uncoveredOperations(spec, recorder.calls)).toEqual([]);
  });
});
