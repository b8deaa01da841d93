// Generated from specs/husqy/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { ApiMetadata } from "@api-clients/middleware";

export const apiMetadata = {
  "api": "husqy",
  "title": "Husqy API",
  "version": "1",
  "serverUrl": "https://api.husqy.xyz/v1",
  "rateLimits": {
    "description": "Husqy documents no rate limits; the client is reactive only and waits out a 429's Retry-After."
  },
  "operations": {
    "getLoggingService": {
      "method": "GET",
      "path": "/modules/logging",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingLiveness": {
      "method": "GET",
      "path": "/modules/logging/livez",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingReadiness": {
      "method": "GET",
      "path": "/modules/logging/readyz",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingStatus": {
      "method": "GET",
      "path": "/modules/logging/status",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "enableLogging": {
      "method": "POST",
      "path": "/modules/logging/enable",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "disableLogging": {
      "method": "POST",
      "path": "/modules/logging/disable",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "getLoggingSettings": {
      "method": "GET",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "updateLoggingSettings": {
      "method": "PUT",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    },
    "resetLoggingSettings": {
      "method": "DELETE",
      "path": "/modules/logging/settings",
      "tag": "Logging",
      "deprecated": false,
      "permissions": [],
      "pagination": null
    }
  },
  "int64Fields": [
    "guild_id",
    "logs_channel_id"
  ]
} as const satisfies ApiMetadata;

export type OperationId = keyof typeof apiMetadata.operations;
