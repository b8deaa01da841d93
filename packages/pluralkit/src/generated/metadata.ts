// Generated from specs/pluralkit/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { ApiMetadata } from "@api-clients/middleware";

export const apiMetadata = {
  "api": "pluralkit",
  "title": "PluralKit API",
  "version": "2.0",
  "serverUrl": "https://api.pluralkit.me/v2",
  "rateLimits": {
    "description": "From PluralKit's API reference (limits per second since 2024-08) and its limiter, crates/api/src/middleware/ratelimit.rs and ratelimit.lua: a GCRA per scope with a period of 1 s and burst = rate, in which a request is admitted only while the truncated `remaining` is above 0, so a burst from idle gets rate − 1 through. The bucket is the token's system when the target belongs to it (scope `own_system_*`), else the client IP (`generic_*`, `message`).",
    "windows": [
      {
        "id": "generic_get",
        "description": "Every GET except the message lookup.",
        "algorithm": "gcra",
        "limit": 10,
        "windowSeconds": 1,
        "burst": 9,
        "per": "credential-or-ip",
        "appliesTo": {
          "methods": [
            "GET"
          ],
          "exceptOperations": [
            "getMessage"
          ]
        }
      },
      {
        "id": "message",
        "description": "The proxied-message lookup.",
        "algorithm": "gcra",
        "limit": 10,
        "windowSeconds": 1,
        "burst": 9,
        "per": "credential-or-ip",
        "appliesTo": {
          "operations": [
            "getMessage"
          ]
        }
      },
      {
        "id": "generic_update",
        "description": "Every POST, PATCH and DELETE.",
        "algorithm": "gcra",
        "limit": 3,
        "windowSeconds": 1,
        "burst": 2,
        "per": "credential-or-ip",
        "appliesTo": {
          "methods": [
            "POST",
            "PATCH",
            "DELETE"
          ]
        }
      }
    ],
    "headers": {
      "limit": "X-RateLimit-Limit",
      "remaining": "X-RateLimit-Remaining",
      "reset": "X-RateLimit-Reset",
      "resetUnit": "epoch-seconds",
      "scope": "X-RateLimit-Scope"
    },
    "retryAfterBody": {
      "field": "retry_after",
      "unit": "milliseconds"
    }
  },
  "operations": {
    "getSystem": {
      "method": "GET",
      "path": "/systems/{systemRef}",
      "query": [],
      "tag": "Systems",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "updateSystem": {
      "method": "PATCH",
      "path": "/systems/{systemRef}",
      "query": [],
      "tag": "Systems",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getSystemSettings": {
      "method": "GET",
      "path": "/systems/{systemRef}/settings",
      "query": [],
      "tag": "Systems",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "updateSystemSettings": {
      "method": "PATCH",
      "path": "/systems/{systemRef}/settings",
      "query": [],
      "tag": "Systems",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getSystemGuildSettings": {
      "method": "GET",
      "path": "/systems/@me/guilds/{guildId}",
      "query": [],
      "tag": "Guild settings",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateSystemGuildSettings": {
      "method": "PATCH",
      "path": "/systems/@me/guilds/{guildId}",
      "query": [],
      "tag": "Guild settings",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getAutoproxySettings": {
      "method": "GET",
      "path": "/systems/@me/autoproxy",
      "query": [
        "guild_id",
        "channel_id"
      ],
      "tag": "Autoproxy",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateAutoproxySettings": {
      "method": "PATCH",
      "path": "/systems/@me/autoproxy",
      "query": [
        "guild_id",
        "channel_id"
      ],
      "tag": "Autoproxy",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "listSystemMembers": {
      "method": "GET",
      "path": "/systems/{systemRef}/members",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "createMember": {
      "method": "POST",
      "path": "/members",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getMember": {
      "method": "GET",
      "path": "/members/{memberRef}",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "deleteMember": {
      "method": "DELETE",
      "path": "/members/{memberRef}",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateMember": {
      "method": "PATCH",
      "path": "/members/{memberRef}",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "listMemberGroups": {
      "method": "GET",
      "path": "/members/{memberRef}/groups",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "addMemberGroups": {
      "method": "POST",
      "path": "/members/{memberRef}/groups/add",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "removeMemberGroups": {
      "method": "POST",
      "path": "/members/{memberRef}/groups/remove",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "overwriteMemberGroups": {
      "method": "POST",
      "path": "/members/{memberRef}/groups/overwrite",
      "query": [],
      "tag": "Members",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getMemberGuildSettings": {
      "method": "GET",
      "path": "/members/{memberRef}/guilds/{guildId}",
      "query": [],
      "tag": "Guild settings",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateMemberGuildSettings": {
      "method": "PATCH",
      "path": "/members/{memberRef}/guilds/{guildId}",
      "query": [],
      "tag": "Guild settings",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "listSystemGroups": {
      "method": "GET",
      "path": "/systems/{systemRef}/groups",
      "query": [
        "with_members"
      ],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "createGroup": {
      "method": "POST",
      "path": "/groups",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getGroup": {
      "method": "GET",
      "path": "/groups/{groupRef}",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "deleteGroup": {
      "method": "DELETE",
      "path": "/groups/{groupRef}",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateGroup": {
      "method": "PATCH",
      "path": "/groups/{groupRef}",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "listGroupMembers": {
      "method": "GET",
      "path": "/groups/{groupRef}/members",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "addGroupMembers": {
      "method": "POST",
      "path": "/groups/{groupRef}/members/add",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "removeGroupMembers": {
      "method": "POST",
      "path": "/groups/{groupRef}/members/remove",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "overwriteGroupMembers": {
      "method": "POST",
      "path": "/groups/{groupRef}/members/overwrite",
      "query": [],
      "tag": "Groups",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "listSystemSwitches": {
      "method": "GET",
      "path": "/systems/{systemRef}/switches",
      "query": [
        "before",
        "limit"
      ],
      "tag": "Switches",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": {
        "style": "cursor",
        "cursorParam": "before",
        "cursorField": "timestamp",
        "sizeParam": "limit",
        "maxSize": 100,
        "itemsField": ""
      }
    },
    "createSwitch": {
      "method": "POST",
      "path": "/systems/{systemRef}/switches",
      "query": [],
      "tag": "Switches",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getSystemFronters": {
      "method": "GET",
      "path": "/systems/{systemRef}/fronters",
      "query": [],
      "tag": "Switches",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "getSwitch": {
      "method": "GET",
      "path": "/systems/{systemRef}/switches/{switchRef}",
      "query": [],
      "tag": "Switches",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    },
    "deleteSwitch": {
      "method": "DELETE",
      "path": "/systems/{systemRef}/switches/{switchRef}",
      "query": [],
      "tag": "Switches",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateSwitch": {
      "method": "PATCH",
      "path": "/systems/{systemRef}/switches/{switchRef}",
      "query": [],
      "tag": "Switches",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "updateSwitchMembers": {
      "method": "PATCH",
      "path": "/systems/{systemRef}/switches/{switchRef}/members",
      "query": [],
      "tag": "Switches",
      "deprecated": false,
      "permissions": [
        "system-owner"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getMessage": {
      "method": "GET",
      "path": "/messages/{messageRef}",
      "query": [],
      "tag": "Messages",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": null
    }
  },
  "int64Fields": []
} as const satisfies ApiMetadata;

export type OperationId = keyof typeof apiMetadata.operations;
