// Worst-case bodies that PluralKit's server can really send, each built from
// what its source at 44f244b4ef5c1c02bb2b0b5d3073d9330c93f831 writes
// (`ToJson` of each model in PluralKit.Core/Models): text as stored, so rows
// written before today's limits exist; `null` wherever the stored value may be
// null; keys left out where the server leaves them out. Invented data.
import { createRequestBodyValidator, createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";

export const spec = loadBundledSpec("pluralkit");
export const validateResponse = createResponseValidator(spec);
export const validateRequest = createRequestBodyValidator(spec);

/** A string of `n` characters, longer than a limit the server checks only on write. */
export const long = (n: number, letter = "a") => letter.repeat(n);

/** An avatar stored before the server took only https (MiscUtils.TryMatchUri checks writes only). */
export const LEGACY_URL = `http://images.example.net/${long(300, "p")}.png`;

const privateSystem = {
  name_privacy: "private",
  avatar_privacy: "public",
  description_privacy: "private",
  banner_privacy: "public",
  pronoun_privacy: "private",
  member_list_privacy: "public",
  group_list_privacy: "public",
  front_privacy: "public",
  front_history_privacy: "private",
};

/** PKSystem.ToJson for the owner: over-long text, an http avatar, a webhook_url. */
export const legacySystemOwnerView = {
  id: "exmpl",
  uuid: "7c1e2a4b-93d5-4f60-8b2e-5a9c0d3f6e18",
  name: long(150),
  description: long(1500),
  tag: long(90),
  pronouns: long(120),
  avatar_url: LEGACY_URL,
  banner: LEGACY_URL,
  color: "3A7BD5",
  created: "2019-01-01T14:30:00.987654Z",
  webhook_url: "http://hooks.example.net/pk",
  privacy: privateSystem,
};

/** PKSystem.ToJson for anyone else: private fields null, no webhook_url key. */
export const systemPublicView = {
  id: "exmpl",
  uuid: "7c1e2a4b-93d5-4f60-8b2e-5a9c0d3f6e18",
  name: null,
  description: null,
  tag: null,
  pronouns: null,
  avatar_url: null,
  banner: null,
  color: null,
  created: "2019-01-01T14:30:00Z",
  privacy: null,
};

/** PKMember.ToJson for the owner, with text and tags from before the limits. */
export const legacyMemberOwnerView = {
  id: "qmdzk",
  uuid: "3f9b6d21-0e47-4c8a-b5d3-92a7e1c4f068",
  system: "exmpl",
  name: long(120),
  display_name: long(130),
  color: "6bb56b",
  birthday: "0001-04-17",
  pronouns: long(150),
  avatar_url: LEGACY_URL,
  webhook_avatar_url: LEGACY_URL,
  banner: LEGACY_URL,
  description: long(1500),
  created: "2020-02-10T08:00:00Z",
  keep_proxy: false,
  tts: false,
  autoproxy_enabled: true,
  message_count: 0,
  last_message_timestamp: null,
  proxy_tags: Array.from({ length: 101 }, (_, i) => ({ prefix: `${i}:`, suffix: null })),
  privacy: {
    visibility: "public",
    name_privacy: "public",
    description_privacy: "public",
    banner_privacy: "public",
    birthday_privacy: "public",
    pronoun_privacy: "public",
    avatar_privacy: "public",
    metadata_privacy: "public",
    proxy_privacy: "public",
  },
};

/** PKGroup.ToJson for the owner, over-long and with an http icon. */
export const legacyGroupOwnerView = {
  id: "gvfhr",
  uuid: "5e0d8b3a-27c4-4f19-a6e2-8d1b4c7f3a90",
  name: long(150),
  system: "exmpl",
  display_name: long(150),
  description: long(1500),
  icon: LEGACY_URL,
  banner: LEGACY_URL,
  color: "2e4a7d",
  created: "2020-07-01T00:00:00Z",
  privacy: {
    name_privacy: "public",
    description_privacy: "public",
    banner_privacy: "public",
    icon_privacy: "public",
    list_privacy: "public",
    metadata_privacy: "public",
    visibility: "public",
  },
};

/** SystemConfig.ToJson, as the settings PATCH answers (C#), for a system that never set a name format. */
export const settingsAfterPatch = {
  timezone: "UTC",
  pings_enabled: true,
  latch_timeout: null,
  member_default_private: false,
  group_default_private: false,
  show_private_info: true,
  member_limit: 1000,
  group_limit: 250,
  case_sensitive_proxy_tags: true,
  proxy_error_message_enabled: true,
  hid_display_split: false,
  hid_display_caps: false,
  hid_list_padding: "off",
  card_show_color_hex: false,
  proxy_switch: "off",
  name_format: null,
  description_templates: [],
};
