// Generated from specs/phishstats/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { ApiMetadata } from "@api-clients/middleware";

export const apiMetadata = {
  "api": "phishstats",
  "title": "PhishStats API",
  "version": "2025",
  "serverUrl": "https://api.phishstats.info/api",
  "rateLimits": {
    "description": "Daily quotas per tier, reset at UTC midnight, plus per-minute bursts. The pricing table gives 120/min for free keys while an FAQ says 20/min for everyone; 20/min is used for anonymous callers and the table for keys. Premium and enterprise bursts are only \"higher\", so only their daily quota is given. The daily quotas reset at UTC midnight, as PhishStats' own api-docs page says and its quota 429 shows (`quota_resets_at` at T00:00:00Z), so they are fixed windows of a UTC day; the per-minute algorithm is not published, so a sliding window (the reading no fixed window of the same numbers can refuse) is planned.",
    "windows": [
      {
        "id": "anonymous_burst",
        "algorithm": "sliding-window",
        "limit": 20,
        "windowSeconds": 60,
        "per": "ip",
        "tier": "anonymous"
      },
      {
        "id": "anonymous_daily",
        "algorithm": "fixed-window",
        "limit": 50,
        "windowSeconds": 86400,
        "per": "ip",
        "tier": "anonymous"
      },
      {
        "id": "free_burst",
        "algorithm": "sliding-window",
        "limit": 120,
        "windowSeconds": 60,
        "per": "credential",
        "tier": "free"
      },
      {
        "id": "free_daily",
        "algorithm": "fixed-window",
        "limit": 150,
        "windowSeconds": 86400,
        "per": "credential",
        "tier": "free"
      },
      {
        "id": "premium_daily",
        "algorithm": "fixed-window",
        "limit": 1000,
        "windowSeconds": 86400,
        "per": "credential",
        "tier": "premium"
      },
      {
        "id": "enterprise_daily",
        "algorithm": "fixed-window",
        "limit": 10000,
        "windowSeconds": 86400,
        "per": "credential",
        "tier": "enterprise"
      }
    ]
  },
  "operations": {
    "listPhishing": {
      "method": "GET",
      "path": "/phishing",
      "query": [
        "_where",
        "_sort",
        "_p",
        "_size",
        "_fields"
      ],
      "tag": "Phishing",
      "deprecated": false,
      "permissions": [],
      "anonymous": true,
      "pagination": {
        "style": "page",
        "pageParam": "_p",
        "sizeParam": "_size",
        "maxSize": 100,
        "itemsField": ""
      }
    }
  },
  "int64Fields": []
} as const satisfies ApiMetadata;

export type OperationId = keyof typeof apiMetadata.operations;
