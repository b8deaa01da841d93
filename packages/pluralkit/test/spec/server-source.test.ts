// Responses: what PluralKit's server can send must validate against the
// operation's response schema (specs/CONVENTIONS.md, "Responses and requests
// are not mirror images"). Each case names the source file it comes from
// (PluralKit/PluralKit at 44f244b4ef5c1c02bb2b0b5d3073d9330c93f831).
import { describe, expect, test } from "vitest";
import {
  LEGACY_URL,
  legacyGroupOwnerView,
  legacyMemberOwnerView,
  legacySystemOwnerView,
  long,
  settingsAfterPatch,
  spec,
  systemPublicView,
  validateResponse,
} from "./server-source.fixtures.js";

const schema = (name: string) => spec.components!.schemas[name] as { properties: Record<string, unknown>; required?: string[] };

describe("systems (PluralKit.Core/Models/PKSystem.cs ToJson)", () => {
  test("a system stored before today's limits, with an http avatar, validates", () => {
    expect(validateResponse("/systems/{systemRef}", "get", 200, legacySystemOwnerView)).toEqual([]);
    expect(validateResponse("/systems/{systemRef}", "patch", 200, legacySystemOwnerView)).toEqual([]);
  });

  test("the public view has nulls and no webhook_url key", () => {
    expect(validateResponse("/systems/{systemRef}", "get", 200, systemPublicView)).toEqual([]);
  });
});

describe("system settings (SystemConfig.cs, crates/api/src/endpoints/system.rs)", () => {
  test("the PATCH answer carries name_format as stored: null for most systems", () => {
    expect(validateResponse("/systems/{systemRef}/settings", "patch", 200, settingsAfterPatch)).toEqual([]);
  });

  test("a latch timeout the API stored unchecked (negative) still validates", () => {
    const body = { ...settingsAfterPatch, latch_timeout: -60 };
    expect(validateResponse("/systems/{systemRef}/settings", "patch", 200, body)).toEqual([]);
    expect(validateResponse("/systems/{systemRef}/settings", "get", 200, body)).toEqual([]);
  });
});

describe("guild settings and autoproxy carry no guild_id or channel_id (only dispatch events do)", () => {
  test("SystemGuildSettings, MemberGuildSettings and AutoproxySettings declare neither key", () => {
    expect(Object.keys(schema("SystemGuildSettings").properties)).not.toContain("guild_id");
    expect(Object.keys(schema("MemberGuildSettings").properties)).not.toContain("guild_id");
    expect(Object.keys(schema("AutoproxySettings").properties)).not.toContain("guild_id");
    expect(Object.keys(schema("AutoproxySettings").properties)).not.toContain("channel_id");
  });

  test("system guild settings stored before the limits (long tag, http avatar) validate", () => {
    const body = {
      proxying_enabled: true,
      tag: long(90),
      tag_enabled: true,
      avatar_url: LEGACY_URL,
      display_name: long(120),
      name_format: null,
    };
    expect(validateResponse("/systems/@me/guilds/{guildId}", "get", 200, body)).toEqual([]);
    expect(validateResponse("/systems/@me/guilds/{guildId}", "patch", 200, body)).toEqual([]);
  });

  test("member guild settings stored before the limits validate", () => {
    const body = { display_name: long(130), avatar_url: LEGACY_URL, keep_proxy: null };
    expect(validateResponse("/members/{memberRef}/guilds/{guildId}", "get", 200, body)).toEqual([]);
  });

  test("a PATCH to off still names the previous member (AutoproxyControllerV2.cs)", () => {
    const body = { autoproxy_mode: "off", autoproxy_member: "qmdzk", last_latch_timestamp: null };
    expect(validateResponse("/systems/@me/autoproxy", "patch", 200, body)).toEqual([]);
  });
});

describe("members (PluralKit.Core/Models/PKMember.cs ToJson)", () => {
  test("a member stored before the limits (long text, http URLs, 101 proxy tags) validates everywhere", () => {
    expect(validateResponse("/members/{memberRef}", "get", 200, legacyMemberOwnerView)).toEqual([]);
    expect(validateResponse("/members", "post", 200, legacyMemberOwnerView)).toEqual([]);
    expect(validateResponse("/systems/{systemRef}/members", "get", 200, [legacyMemberOwnerView])).toEqual([]);
    const fronters = { id: "e1a8c5a4-0c2c-4f6f-9a53-5b1f0f1d2a3b", timestamp: "2024-03-05T10:15:30Z", members: [legacyMemberOwnerView] };
    expect(validateResponse("/systems/{systemRef}/fronters", "get", 200, fronters)).toEqual([]);
  });

  test("proxy tags come back with both keys (ProxyTag.cs)", () => {
    expect(schema("ProxyTag").required).toEqual(["prefix", "suffix"]);
  });
});

describe("groups (PluralKit.Core/Models/PKGroup.cs ToJson)", () => {
  test("a group stored before the limits validates", () => {
    expect(validateResponse("/groups/{groupRef}", "get", 200, legacyGroupOwnerView)).toEqual([]);
    expect(validateResponse("/systems/{systemRef}/groups", "get", 200, [{ ...legacyGroupOwnerView, members: [] }])).toEqual([]);
  });
});

describe("messages (PluralKit.Core/Models/PKMessage.cs FullMessage.ToJson)", () => {
  test("an unrecorded original ID is an empty string, the guild may be null, the member has no system key", () => {
    const { system: _system, ...member } = legacyMemberOwnerView;
    const body = {
      timestamp: "2019-05-01T12:00:00Z",
      id: "573161113935822848",
      original: "",
      sender: "188032859276181504",
      channel: "466707357099884547",
      guild: null,
      system: legacySystemOwnerView,
      member,
    };
    expect(validateResponse("/messages/{messageRef}", "get", 200, body)).toEqual([]);
  });
});
