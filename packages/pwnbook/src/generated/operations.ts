// Generated from specs/pwnbook/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { OperationMethod } from "@api-clients/middleware";
import type { operations } from "./schema.js";

/** Every operation of the API as a method named by its operationId: `client.getSystem({ systemRef: "@me" })`. */
export interface NamedOperations {
  /** List engagements (`GET /engagements`) */
  listEngagements: OperationMethod<operations["listEngagements"]>;
  /** Create an engagement (`POST /engagements`) */
  createEngagement: OperationMethod<operations["createEngagement"]>;
  /** Get an engagement (`GET /engagements/{id}`) */
  getEngagement: OperationMethod<operations["getEngagement"]>;
  /** Delete an engagement (`DELETE /engagements/{id}`) */
  deleteEngagement: OperationMethod<operations["deleteEngagement"]>;
  /** Update an engagement (`PATCH /engagements/{id}`) */
  updateEngagement: OperationMethod<operations["updateEngagement"]>;
  /** Archive an engagement (`POST /engagements/{id}/archive`) */
  archiveEngagement: OperationMethod<operations["archiveEngagement"]>;
  /** Unarchive an engagement (`POST /engagements/{id}/unarchive`) */
  unarchiveEngagement: OperationMethod<operations["unarchiveEngagement"]>;
  /** Get the key's organization (`GET /organizations/current`) */
  getOrganization: OperationMethod<operations["getOrganization"]>;
  /** Update the organization's settings (`PATCH /organizations/current`) */
  updateOrganization: OperationMethod<operations["updateOrganization"]>;
  /** List the organization's members (`GET /organizations/current/members`) */
  listOrganizationMembers: OperationMethod<operations["listOrganizationMembers"]>;
  /** Invite a member (`POST /organizations/current/members/invite`) */
  inviteOrganizationMember: OperationMethod<operations["inviteOrganizationMember"]>;
  /** Remove a member (`DELETE /organizations/current/members/{userId}`) */
  removeOrganizationMember: OperationMethod<operations["removeOrganizationMember"]>;
  /** Change a member's role (`PATCH /organizations/current/members/{userId}`) */
  updateOrganizationMemberRole: OperationMethod<operations["updateOrganizationMemberRole"]>;
}
