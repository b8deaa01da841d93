// A few of the refusals in server-source.requests.test.ts, sent over real HTTP
// to the contract Prism mock (which validates bodies against the bundled
// spec): what PluralKit's server refuses, the mock refuses (400 or 422);
// what it accepts, the mock answers 2xx.
import { describe, expect, inject, test } from "vitest";

const SNOWFLAKE = "466707357099884544";

async function send(method: string, path: string, body: unknown) {
  const response = await fetch(`${inject("mockUrl")}${path}`, {
    method,
    headers: { Authorization: "pk-server-source-token", "Content-Type": "application/json", "User-Agent": "server-source-tests" },
    body: JSON.stringify(body),
  });
  await response.body?.cancel();
  return response.status;
}

type Case = [method: string, path: string, body: unknown, why: string];

describe("the Prism mock refuses what PluralKit's server refuses", () => {
  test.each<Case>([
    ["PATCH", `/members/mbrab/guilds/${SNOWFLAKE}`, { keep_proxy: null }, "MemberGuildPatch.cs: null keep_proxy is a 500"],
    ["POST", "/groups/grpab/members/add", [], "GroupMemberControllerV2.cs: an empty list is a 400"],
    ["POST", "/members/mbrab/groups/remove", [], "GroupMemberControllerV2.cs: an empty list is a 400"],
    ["POST", "/systems/exmpl/switches", { members: ["mbrab", "mbrab"] }, "SwitchControllerV2.cs: duplicates are 40003"],
    ["PATCH", "/members/mbrab", { avatar_url: "http://cdn.example.net/a.png" }, "MiscUtils.cs: https only"],
    ["PATCH", "/systems/exmpl/settings", { hid_list_padding: "left" }, "SystemConfigPatch.cs: ignored, so the patch is empty"],
  ])("%s %s %j (%s)", async (method, path, body) => {
    expect([400, 422]).toContain(await send(method, path, body));
  });
});

describe("the Prism mock accepts what PluralKit's server accepts", () => {
  test.each<Case>([
    ["PATCH", "/members/mbrab", { name: "Juniper", privacy: {} }, "pkapi.js patches a member with privacy: {}"],
    ["POST", "/groups", { name: "Night Shift", privacy: {} }, "pkapi.js creates a group with privacy: {}"],
    ["PATCH", `/members/mbrab/guilds/${SNOWFLAKE}`, { keep_proxy: false }, "MemberGuildPatch.cs"],
    ["POST", "/members/mbrab/groups/overwrite", [], "GroupMemberControllerV2.cs: an empty overwrite is fine"],
  ])("%s %s %j (%s)", async (method, path, body) => {
    const status = await send(method, path, body);
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
  });
});

describe("the switch list's cursor is a NodaTime Instant (SwitchControllerV2.cs)", () => {
  const list = (before: string) =>
    fetch(`${inject("mockUrl")}/systems/exmpl/switches?before=${encodeURIComponent(before)}`, {
      headers: { Authorization: "pk-server-source-token", "User-Agent": "server-source-tests" },
    }).then(async (response) => {
      await response.body?.cancel();
      return response.status;
    });

  test("an offset other than Z is refused, UTC with Z is accepted", async () => {
    expect([400, 422]).toContain(await list("2024-03-05T10:15:30+01:00"));
    expect(await list("2024-03-05T09:15:30.123456Z")).toBe(200);
  });
});
