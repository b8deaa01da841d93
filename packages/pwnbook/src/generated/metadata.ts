// Generated from specs/pwnbook/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { ApiMetadata } from "@api-clients/middleware";

export const apiMetadata = {
  "api": "pwnbook",
  "title": "Pwnbook API",
  "version": "1",
  "serverUrl": "https://app.pwnbook.io/api/v1",
  "rateLimits": {
    "description": "Per API key. The window and limit are not published; the server announces them on every response, so clients pace themselves by those headers.",
    "windows": [
      {
        "id": "announced",
        "description": "The budget X-RateLimit-Remaining announces until X-RateLimit-Reset.",
        "algorithm": "header-announced",
        "per": "credential"
      }
    ],
    "headers": {
      "limit": "X-RateLimit-Limit",
      "remaining": "X-RateLimit-Remaining",
      "reset": "X-RateLimit-Reset",
      "resetUnit": "epoch-seconds"
    }
  },
  "operations": {
    "listEngagements": {
      "method": "GET",
      "path": "/engagements",
      "query": [
        "status",
        "page",
        "perPage",
        "sort",
        "order"
      ],
      "tag": "Engagements",
      "deprecated": false,
      "permissions": [
        "engagements:read"
      ],
      "anonymous": false,
      "pagination": {
        "style": "page",
        "pageParam": "page",
        "sizeParam": "perPage",
        "maxSize": 100,
        "itemsField": "data",
        "totalPagesField": "meta.totalPages"
      }
    },
    "createEngagement": {
      "method": "POST",
      "path": "/engagements",
      "query": [],
      "tag": "Engagements",
      "deprecated": false,
      "permissions": [
        "engagements:write"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getEngagement": {
      "method": "GET",
      "path": "/engagements/{id}",
      "query": [],
      "tag": "Engagements",
      "deprecated": false,
      "permissions": [
        "engagements:read"
      ],
      "anonymous": false,
      "pagination": null
    },
    "deleteEngagement": {
      "method": "DELETE",
      "path": "/engagements/{id}",
      "query": [],
      "tag": "Engagements",
      "deprecated": false,
      "permissions": [
        "engagements:delete"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateEngagement": {
      "method": "PATCH",
      "path": "/engagements/{id}",
      "query": [],
      "tag": "Engagements",
      "deprecated": false,
      "permissions": [
        "engagements:write"
      ],
      "anonymous": false,
      "pagination": null
    },
    "archiveEngagement": {
      "method": "POST",
      "path": "/engagements/{id}/archive",
      "query": [],
      "tag": "Engagements",
      "deprecated": false,
      "permissions": [
        "engagements:write"
      ],
      "anonymous": false,
      "pagination": null
    },
    "unarchiveEngagement": {
      "method": "POST",
      "path": "/engagements/{id}/unarchive",
      "query": [],
      "tag": "Engagements",
      "deprecated": false,
      "permissions": [
        "engagements:write"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getOrganization": {
      "method": "GET",
      "path": "/organizations/current",
      "query": [],
      "tag": "Organization",
      "deprecated": false,
      "permissions": [
        "organizations:read"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateOrganization": {
      "method": "PATCH",
      "path": "/organizations/current",
      "query": [],
      "tag": "Organization",
      "deprecated": false,
      "permissions": [
        "organizations:write"
      ],
      "anonymous": false,
      "pagination": null
    },
    "listOrganizationMembers": {
      "method": "GET",
      "path": "/organizations/current/members",
      "query": [
        "page",
        "perPage"
      ],
      "tag": "Organization",
      "deprecated": false,
      "permissions": [
        "organizations:read"
      ],
      "anonymous": false,
      "pagination": {
        "style": "page",
        "pageParam": "page",
        "sizeParam": "perPage",
        "maxSize": 100,
        "itemsField": "data",
        "totalPagesField": "meta.totalPages"
      }
    },
    "inviteOrganizationMember": {
      "method": "POST",
      "path": "/organizations/current/members/invite",
      "query": [],
      "tag": "Organization",
      "deprecated": false,
      "permissions": [
        "organizations:write"
      ],
      "anonymous": false,
      "pagination": null
    },
    "removeOrganizationMember": {
      "method": "DELETE",
      "path": "/organizations/current/members/{userId}",
      "query": [],
      "tag": "Organization",
      "deprecated": false,
      "permissions": [
        "organizations:write"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateOrganizationMemberRole": {
      "method": "PATCH",
      "path": "/organizations/current/members/{userId}",
      "query": [],
      "tag": "Organization",
      "deprecated": false,
      "permissions": [
        "organizations:write"
      ],
      "anonymous": false,
      "pagination": null
    }
  },
  "int64Fields": []
} as const satisfies ApiMetadata;

export type OperationId = keyof typeof apiMetadata.operations;
