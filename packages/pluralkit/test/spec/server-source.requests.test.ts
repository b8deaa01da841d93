// Requests: a body PluralKit's server refuses (a 400, or a 500 it fails with)
// must be refused by the request schema, and a body it accepts must be
// accepted. Each case names the source file (PluralKit/PluralKit at
// 44f244b4ef5c1c02bb2b0b5d3073d9330c93f831) that decides it.
import { describe, expect, test } from "vitest";
import { long, spec, validateRequest } from "./server-source.fixtures.js";

const refused = (path: string, method: string, body: unknown) => expect(validateRequest(path, method, body)).not.toEqual([]);
const accepted = (path: string, method: string, body: unknown) => expect(validateRequest(path, method, body)).toEqual([]);

const member = "/members/{memberRef}";
const settings = "/systems/{systemRef}/settings";

describe("URL fields take only absolute https URLs (PluralKit.Core/Utils/MiscUtils.cs TryMatchUri)", () => {
  test.each([
    ["/systems/{systemRef}", "patch", { avatar_url: "http://cdn.example.net/a.png" }],
    ["/systems/{systemRef}", "patch", { banner: "ftp://cdn.example.net/b.png" }],
    [member, "patch", { webhook_avatar_url: "http://cdn.example.net/w.png" }],
    ["/members", "post", { name: "Juniper", banner: "http://cdn.example.net/b.png" }],
    ["/groups", "post", { name: "Night Shift", icon: "http://cdn.example.net/i.png" }],
    ["/groups/{groupRef}", "patch", { banner: "file:///etc/passwd" }],
    ["/systems/@me/guilds/{guildId}", "patch", { avatar_url: "http://cdn.example.net/g.png" }],
    ["/members/{memberRef}/guilds/{guildId}", "patch", { avatar_url: "http://cdn.example.net/m.png" }],
    [member, "patch", { avatar_url: `https://cdn.example.net/${long(250)}.png` }],
  ])("%s %s refuses %j", (path, method, body) => refused(path, method, body));

  test("https, https in <>, and a blank string (clears) are accepted", () => {
    accepted(member, "patch", { avatar_url: "https://cdn.example.net/a.png" });
    accepted(member, "patch", { avatar_url: "<https://cdn.example.net/a.png>" });
    accepted(member, "patch", { avatar_url: "" });
    accepted(member, "patch", { avatar_url: null });
  });
});

describe("blank strings clear fields before validation (StringUtils.NullIfEmpty in the *Patch.cs FromJson)", () => {
  test("a blank color or birthday is accepted", () => {
    accepted(member, "patch", { color: "", birthday: "" });
    accepted("/systems/{systemRef}", "patch", { color: "  " });
  });

  test("a blank name is refused: it would clear a name that cannot be null (MemberPatch.cs, GroupPatch.cs)", () => {
    refused(member, "patch", { name: "   " });
    refused("/groups", "post", { name: " " });
  });
});

describe("privacy objects (MemberPatch.cs, GroupPatch.cs, SystemPatch.cs, PatchObject.cs ParsePrivacy)", () => {
  test("pkapi.js sends privacy: {} when it patches a member or creates a group; the server accepts it", () => {
    accepted(member, "patch", { name: "Juniper", privacy: {} });
    accepted("/members", "post", { name: "Juniper", privacy: {} });
    accepted("/groups", "post", { name: "Night Shift", privacy: {} });
  });

  test("privacy: null is ignored, and an empty privacy value means private", () => {
    accepted("/systems/{systemRef}", "patch", { name: "Harbor", privacy: null });
    accepted(member, "patch", { privacy: { name_privacy: "" } });
    refused(member, "patch", { privacy: { name_privacy: "hidden" } });
  });
});

describe("PATCH bodies need a key the server reads (an empty patch is a 400; QueryPatchWrapper.cs)", () => {
  test("the settings PATCH ignores show_private_info and hid_list_padding (SystemConfigPatch.cs FromJson)", () => {
    const properties = Object.keys(spec.components!.schemas.SystemSettingsUpdate.properties);
    expect(properties).not.toContain("show_private_info");
    expect(properties).not.toContain("hid_list_padding");
    refused(settings, "patch", { show_private_info: false });
    refused(settings, "patch", { hid_list_padding: "left" });
    accepted(settings, "patch", { hid_list_padding: "left", pings_enabled: false });
  });

  test("a body of unknown keys only is refused", () => {
    refused(member, "patch", { autoproxy_enabled: false });
    refused("/groups/{groupRef}", "patch", { system: "exmpl" });
    refused("/members/{memberRef}/guilds/{guildId}", "patch", { guild_id: "466707357099884544" });
  });
});

describe("system settings (SystemConfigPatch.cs)", () => {
  test("latch_timeout is read as a 32-bit integer; null restores the default", () => {
    refused(settings, "patch", { latch_timeout: 2 ** 31 });
    accepted(settings, "patch", { latch_timeout: null });
  });

  test("proxy_switch null means off", () => {
    accepted(settings, "patch", { proxy_switch: null });
  });

  test("description_templates: at most 3, each at most 1000 characters, never null", () => {
    refused(settings, "patch", { description_templates: ["a", "b", "c", "d"] });
    refused(settings, "patch", { description_templates: [long(1001)] });
    refused(settings, "patch", { description_templates: null });
  });
});

describe("guild settings (SystemGuildPatch.cs, MemberGuildPatch.cs)", () => {
  test("keep_proxy: null in a member guild PATCH makes the server fail with a 500, so it is not offered", () => {
    refused("/members/{memberRef}/guilds/{guildId}", "patch", { keep_proxy: null });
    accepted("/members/{memberRef}/guilds/{guildId}", "patch", { keep_proxy: false });
  });

  test("tag_enabled: null is ignored by the system guild PATCH", () => {
    accepted("/systems/@me/guilds/{guildId}", "patch", { tag: "| HC", tag_enabled: null });
  });
});

describe("members (MemberPatch.cs, ProxyTag.cs, Limits.cs)", () => {
  test("a proxy tag longer than 100 characters with 'text' is refused", () => {
    refused(member, "patch", { proxy_tags: [{ prefix: long(97), suffix: null }] });
    accepted(member, "patch", { proxy_tags: [{ prefix: long(96), suffix: null }] });
  });

  test("keep_proxy, tts and proxy_tags cannot be null (the server fails on it)", () => {
    refused(member, "patch", { tts: null });
    refused(member, "patch", { proxy_tags: null });
  });
});

describe("membership lists (PluralKit.API/Controllers/v2/GroupMemberControllerV2.cs)", () => {
  test.each([
    ["/groups/{groupRef}/members/add"],
    ["/groups/{groupRef}/members/remove"],
    ["/members/{memberRef}/groups/add"],
    ["/members/{memberRef}/groups/remove"],
  ])("%s refuses an empty list (400)", (path) => refused(path, "post", []));

  test("overwrite takes an empty list", () => {
    accepted("/groups/{groupRef}/members/overwrite", "post", []);
    accepted("/members/{memberRef}/groups/overwrite", "post", []);
  });

  test("add and overwrite refuse a reference listed twice (the membership insert fails)", () => {
    refused("/groups/{groupRef}/members/add", "post", ["qmdzk", "qmdzk"]);
    refused("/members/{memberRef}/groups/overwrite", "post", ["gvfhr", "gvfhr"]);
  });

  test("references are matched by exact text (PKControllerBase.cs, cache: true): a short ID as the bot displays it is refused", () => {
    refused("/groups/{groupRef}/members/add", "post", ["QMDZK"]);
    refused("/groups/{groupRef}/members/add", "post", ["qmd-zk"]);
    accepted("/groups/{groupRef}/members/add", "post", ["qmdzk", "a84c0e5f-61b2-4d97-8e3a-0f5d2c7b9146"]);
  });
});

describe("switches (PluralKit.API/Controllers/v2/SwitchControllerV2.cs)", () => {
  const switches = "/systems/{systemRef}/switches";

  test("a member listed twice is error 40003", () => {
    refused(switches, "post", { members: ["qmdzk", "qmdzk"] });
    refused(`${switches}/{switchRef}/members`, "patch", ["qmdzk", "qmdzk"]);
  });

  test("a new switch's timestamp is a NodaTime Instant: UTC with Z", () => {
    refused(switches, "post", { timestamp: "2024-03-05T23:40:00+01:00", members: [] });
    accepted(switches, "post", { timestamp: "2024-03-05T22:40:00.5Z", members: [] });
  });

  test("a new switch's members are matched by exact text, but a switch's member PATCH resolves any form", () => {
    refused(switches, "post", { members: ["QMDZK"] });
    accepted(`${switches}/{switchRef}/members`, "patch", ["QMD-ZK"]);
  });
});
