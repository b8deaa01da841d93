// Drives every operation in specs/pluralkit, and every error status each one
// declares, through the real client against a real Prism process; each body
// is checked against the spec's schema (scripts/contract-kit). The case table
// must name every operationId (typecheck), and the suite proves each was called.
import { describeOperationContracts, type OperationCase } from "@api-clients/contract-kit";
import type { OperationId, PluralKitClient } from "../../src/index.js";
import { mockClient, recorder, spec, validateBody } from "./harness.js";

const SNOWFLAKE = "466707357099884544";
const SWITCH = "e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b";
const sys = { path: { systemRef: "exmpl" } };
const member = { path: { memberRef: "mbrab" } };
const group = { path: { groupRef: "grpab" } };
const sw = { path: { systemRef: "exmpl", switchRef: SWITCH } };

const cases = {
  getSystem: (pk, { headers }) => pk.GET("/systems/{systemRef}", { headers, params: sys }),
  updateSystem: (pk, { headers }) => pk.PATCH("/systems/{systemRef}", { headers, params: sys, body: { name: "Example System" } }),
  getSystemSettings: (pk, { headers }) => pk.GET("/systems/{systemRef}/settings", { headers, params: sys }),
  updateSystemSettings: (pk, { headers }) =>
    pk.PATCH("/systems/{systemRef}/settings", { headers, params: sys, body: { timezone: "Europe/Berlin" } }),
  getSystemGuildSettings: (pk, { headers }) =>
    pk.GET("/systems/@me/guilds/{guildId}", { headers, params: { path: { guildId: SNOWFLAKE } } }),
  updateSystemGuildSettings: (pk, { headers }) =>
    pk.PATCH("/systems/@me/guilds/{guildId}", { headers, params: { path: { guildId: SNOWFLAKE } }, body: { tag_enabled: true } }),
  getAutoproxySettings: (pk, { headers }) => pk.GET("/systems/@me/autoproxy", { headers, params: { query: { guild_id: SNOWFLAKE } } }),
  updateAutoproxySettings: (pk, { headers }) =>
    pk.PATCH("/systems/@me/autoproxy", {
      headers,
      params: { query: { guild_id: SNOWFLAKE } },
      body: { autoproxy_mode: "front", autoproxy_member: null },
    }),
  listSystemMembers: (pk, { headers }) => pk.GET("/systems/{systemRef}/members", { headers, params: sys }),
  createMember: (pk, { headers }) => pk.POST("/members", { headers, body: { name: "Alex", pronouns: "they/them" } }),
  getMember: (pk, { headers }) => pk.GET("/members/{memberRef}", { headers, params: member }),
  updateMember: (pk, { headers }) => pk.PATCH("/members/{memberRef}", { headers, params: member, body: { color: "ff8800" } }),
  deleteMember: (pk, { headers }) => pk.DELETE("/members/{memberRef}", { headers, params: member }),
  listMemberGroups: (pk, { headers }) => pk.GET("/members/{memberRef}/groups", { headers, params: member }),
  addMemberGroups: (pk, { headers }) => pk.POST("/members/{memberRef}/groups/add", { headers, params: member, body: ["grpab"] }),
  removeMemberGroups: (pk, { headers }) => pk.POST("/members/{memberRef}/groups/remove", { headers, params: member, body: ["grpab"] }),
  overwriteMemberGroups: (pk, { headers }) => pk.POST("/members/{memberRef}/groups/overwrite", { headers, params: member, body: [] }),
  getMemberGuildSettings: (pk, { headers }) =>
    pk.GET("/members/{memberRef}/guilds/{guildId}", { headers, params: { path: { memberRef: "mbrab", guildId: SNOWFLAKE } } }),
  updateMemberGuildSettings: (pk, { headers }) =>
    pk.PATCH("/members/{memberRef}/guilds/{guildId}", {
      headers,
      params: { path: { memberRef: "mbrab", guildId: SNOWFLAKE } },
      body: { display_name: "Alex (here)" },
    }),
  listSystemGroups: (pk, { headers }) =>
    pk.GET("/systems/{systemRef}/groups", { headers, params: { ...sys, query: { with_members: true } } }),
  createGroup: (pk, { headers }) => pk.POST("/groups", { headers, body: { name: "Headmates" } }),
  getGroup: (pk, { headers }) => pk.GET("/groups/{groupRef}", { headers, params: group }),
  updateGroup: (pk, { headers }) => pk.PATCH("/groups/{groupRef}", { headers, params: group, body: { description: "Our group" } }),
  deleteGroup: (pk, { headers }) => pk.DELETE("/groups/{groupRef}", { headers, params: group }),
  listGroupMembers: (pk, { headers }) => pk.GET("/groups/{groupRef}/members", { headers, params: group }),
  addGroupMembers: (pk, { headers }) => pk.POST("/groups/{groupRef}/members/add", { headers, params: group, body: ["mbrab"] }),
  removeGroupMembers: (pk, { headers }) => pk.POST("/groups/{groupRef}/members/remove", { headers, params: group, body: ["mbrab"] }),
  overwriteGroupMembers: (pk, { headers }) =>
    pk.POST("/groups/{groupRef}/members/overwrite", { headers, params: group, body: ["mbrab", "mbrcd"] }),
  listSystemSwitches: (pk, { headers }) => pk.GET("/systems/{systemRef}/switches", { headers, params: { ...sys, query: { limit: 10 } } }),
  getSystemFronters: (pk, { headers }) => pk.GET("/systems/{systemRef}/fronters", { headers, params: sys }),
  createSwitch: (pk, { headers }) => pk.POST("/systems/{systemRef}/switches", { headers, params: sys, body: { members: ["mbrab"] } }),
  getSwitch: (pk, { headers }) => pk.GET("/systems/{systemRef}/switches/{switchRef}", { headers, params: sw }),
  updateSwitch: (pk, { headers }) =>
    pk.PATCH("/systems/{systemRef}/switches/{switchRef}", { headers, params: sw, body: { timestamp: "2024-03-05T10:15:30.123456Z" } }),
  updateSwitchMembers: (pk, { headers }) =>
    pk.PATCH("/systems/{systemRef}/switches/{switchRef}/members", { headers, params: sw, body: ["mbrab"] }),
  deleteSwitch: (pk, { headers }) => pk.DELETE("/systems/{systemRef}/switches/{switchRef}", { headers, params: sw }),
  getMessage: (pk, { headers }) => pk.GET("/messages/{messageRef}", { headers, params: { path: { messageRef: SNOWFLAKE } } }),
} satisfies Record<OperationId, OperationCase<PluralKitClient>>;

describeOperationContracts({
  spec,
  calls: recorder.calls,
  validateBody,
  // Retries off, so a forced 5xx or 429 comes back as it is.
  client: () => mockClient({ retry: false }),
  cases,
});
