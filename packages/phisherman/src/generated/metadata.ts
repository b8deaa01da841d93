// Generated from specs/phisherman/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { ApiMetadata } from "@api-clients/middleware";

export const apiMetadata = {
  "api": "phisherman",
  "title": "Phisherman API",
  "version": "2.0",
  "serverUrl": "https://api.phisherman.gg/v2",
  "rateLimits": {
    "description": "30 requests per 10 seconds for every user (older pages said 15 or 50). No rate-limit headers and no Retry-After are documented, so clients pace themselves. The algorithm is not published: a sliding window is the reading no fixed window or token bucket of the same numbers can refuse.",
    "windows": [
      {
        "id": "per_key",
        "algorithm": "sliding-window",
        "limit": 30,
        "windowSeconds": 10,
        "per": "credential"
      }
    ]
  },
  "operations": {
    "checkDomain": {
      "method": "GET",
      "path": "/domains/check/{domain}",
      "query": [],
      "tag": "Domains",
      "deprecated": false,
      "permissions": [
        "API.READ"
      ],
      "anonymous": false,
      "pagination": null
    },
    "getDomainInfo": {
      "method": "GET",
      "path": "/domains/info/{domain}",
      "query": [],
      "tag": "Domains",
      "deprecated": false,
      "permissions": [
        "API.READ"
      ],
      "anonymous": false,
      "pagination": null
    },
    "reportCaughtPhish": {
      "method": "POST",
      "path": "/phish/caught/{domain}",
      "query": [],
      "tag": "Detections",
      "deprecated": false,
      "permissions": [
        "API.UPDATE"
      ],
      "anonymous": false,
      "pagination": null
    },
    "bulkReportCaughtPhish": {
      "method": "POST",
      "path": "/phish/caught/bulk",
      "query": [],
      "tag": "Detections",
      "deprecated": false,
      "permissions": [
        "API.UPDATE_BULK"
      ],
      "anonymous": false,
      "pagination": null
    },
    "reportNewPhish": {
      "method": "PUT",
      "path": "/phish/report",
      "query": [],
      "tag": "Reports",
      "deprecated": true,
      "permissions": [
        "API.READ"
      ],
      "anonymous": false,
      "pagination": null
    }
  },
  "int64Fields": []
} as const satisfies ApiMetadata;

export type OperationId = keyof typeof apiMetadata.operations;
