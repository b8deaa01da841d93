// Generated from specs/pluralkit/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { OperationMethod } from "@api-clients/middleware";
import type { operations } from "./schema.js";

/** Every operation of the API as a method named by its operationId: `client.getSystem({ systemRef: "@me" })`. */
export interface NamedOperations {
  /** Get a system (`GET /systems/{systemRef}`) */
  getSystem: OperationMethod<operations["getSystem"]>;
  /** Update a system (`PATCH /systems/{systemRef}`) */
  updateSystem: OperationMethod<operations["updateSystem"]>;
  /** Get a system's settings (`GET /systems/{systemRef}/settings`) */
  getSystemSettings: OperationMethod<operations["getSystemSettings"]>;
  /** Update a system's settings (`PATCH /systems/{systemRef}/settings`) */
  updateSystemSettings: OperationMethod<operations["updateSystemSettings"]>;
  /** Get the system's settings in a server (`GET /systems/@me/guilds/{guildId}`) */
  getSystemGuildSettings: OperationMethod<operations["getSystemGuildSettings"]>;
  /** Update the system's settings in a server (`PATCH /systems/@me/guilds/{guildId}`) */
  updateSystemGuildSettings: OperationMethod<operations["updateSystemGuildSettings"]>;
  /** Get autoproxy settings in a server (`GET /systems/@me/autoproxy`) */
  getAutoproxySettings: OperationMethod<operations["getAutoproxySettings"]>;
  /** Update autoproxy settings in a server (`PATCH /systems/@me/autoproxy`) */
  updateAutoproxySettings: OperationMethod<operations["updateAutoproxySettings"]>;
  /** List a system's members (`GET /systems/{systemRef}/members`) */
  listSystemMembers: OperationMethod<operations["listSystemMembers"]>;
  /** Create a member (`POST /members`) */
  createMember: OperationMethod<operations["createMember"]>;
  /** Get a member (`GET /members/{memberRef}`) */
  getMember: OperationMethod<operations["getMember"]>;
  /** Delete a member (`DELETE /members/{memberRef}`) */
  deleteMember: OperationMethod<operations["deleteMember"]>;
  /** Update a member (`PATCH /members/{memberRef}`) */
  updateMember: OperationMethod<operations["updateMember"]>;
  /** List the groups a member is in (`GET /members/{memberRef}/groups`) */
  listMemberGroups: OperationMethod<operations["listMemberGroups"]>;
  /** Add a member to groups (`POST /members/{memberRef}/groups/add`) */
  addMemberGroups: OperationMethod<operations["addMemberGroups"]>;
  /** Remove a member from groups (`POST /members/{memberRef}/groups/remove`) */
  removeMemberGroups: OperationMethod<operations["removeMemberGroups"]>;
  /** Replace the groups a member is in (`POST /members/{memberRef}/groups/overwrite`) */
  overwriteMemberGroups: OperationMethod<operations["overwriteMemberGroups"]>;
  /** Get a member's settings in a server (`GET /members/{memberRef}/guilds/{guildId}`) */
  getMemberGuildSettings: OperationMethod<operations["getMemberGuildSettings"]>;
  /** Update a member's settings in a server (`PATCH /members/{memberRef}/guilds/{guildId}`) */
  updateMemberGuildSettings: OperationMethod<operations["updateMemberGuildSettings"]>;
  /** List a system's groups (`GET /systems/{systemRef}/groups`) */
  listSystemGroups: OperationMethod<operations["listSystemGroups"]>;
  /** Create a group (`POST /groups`) */
  createGroup: OperationMethod<operations["createGroup"]>;
  /** Get a group (`GET /groups/{groupRef}`) */
  getGroup: OperationMethod<operations["getGroup"]>;
  /** Delete a group (`DELETE /groups/{groupRef}`) */
  deleteGroup: OperationMethod<operations["deleteGroup"]>;
  /** Update a group (`PATCH /groups/{groupRef}`) */
  updateGroup: OperationMethod<operations["updateGroup"]>;
  /** List a group's members (`GET /groups/{groupRef}/members`) */
  listGroupMembers: OperationMethod<operations["listGroupMembers"]>;
  /** Add members to a group (`POST /groups/{groupRef}/members/add`) */
  addGroupMembers: OperationMethod<operations["addGroupMembers"]>;
  /** Remove members from a group (`POST /groups/{groupRef}/members/remove`) */
  removeGroupMembers: OperationMethod<operations["removeGroupMembers"]>;
  /** Replace a group's members (`POST /groups/{groupRef}/members/overwrite`) */
  overwriteGroupMembers: OperationMethod<operations["overwriteGroupMembers"]>;
  /** List a system's switches (`GET /systems/{systemRef}/switches`) */
  listSystemSwitches: OperationMethod<operations["listSystemSwitches"]>;
  /** Record a switch (`POST /systems/{systemRef}/switches`) */
  createSwitch: OperationMethod<operations["createSwitch"]>;
  /** Get the current fronters (`GET /systems/{systemRef}/fronters`) */
  getSystemFronters: OperationMethod<operations["getSystemFronters"]>;
  /** Get a switch (`GET /systems/{systemRef}/switches/{switchRef}`) */
  getSwitch: OperationMethod<operations["getSwitch"]>;
  /** Delete a switch (`DELETE /systems/{systemRef}/switches/{switchRef}`) */
  deleteSwitch: OperationMethod<operations["deleteSwitch"]>;
  /** Move a switch to another time (`PATCH /systems/{systemRef}/switches/{switchRef}`) */
  updateSwitch: OperationMethod<operations["updateSwitch"]>;
  /** Replace a switch's members (`PATCH /systems/{systemRef}/switches/{switchRef}/members`) */
  updateSwitchMembers: OperationMethod<operations["updateSwitchMembers"]>;
  /** Look up a proxied message (`GET /messages/{messageRef}`) */
  getMessage: OperationMethod<operations["getMessage"]>;
}
