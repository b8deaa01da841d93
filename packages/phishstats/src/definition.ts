// What the shared middleware needs to know about PhishStats that is code, not
// spec data: the X-API-Key header, psk_ keys, its two 429 bodies (a burst
// says `message`; a spent daily quota says `error`, `limit_type` and
// `quota_resets_at`), and which tier's limits apply.
// https://phishstats.info/api-docs ("Handling HTTP 429")
import type { ApiDefinition } from "@api-clients/middleware";
import { apiMetadata } from "./generated/metadata.js";

interface PhishStatsErrorBody {
  message?: unknown;
  error?: unknown;
  limit_type?: unknown;
  quota_resets_at?: unknown;
}

/** The next UTC midnight: when PhishStats resets every daily quota. */
export function nextUtcMidnight(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
}

export const phishStatsDefinition = {
  metadata: apiMetadata,
  // The header is preferred; the query string (`apikey=`) would put the key in logs.
  auth: { type: "header", header: "X-API-Key" },
  credentialName: "apiKey",
  // createPhishStatsClient's own options, taken out before the common ones reach the middleware.
  extraOptions: ["tier", "cache"],
  defaultUserAgent: "@api-clients/phishstats",
  credentialProblem: (key) => (key.startsWith("psk_") ? undefined : "PhishStats API keys start with psk_"),
  // Without a key every caller is anonymous, whatever plan the account has.
  tier: (hasCredential, requested) => (hasCredential ? (requested ?? "free") : "anonymous"),
  parseError(body) {
    const { message, error, limit_type } = (body ?? {}) as PhishStatsErrorBody;
    const database = typeof error === "object" && error !== null ? (error as { code?: unknown; sqlMessage?: unknown }) : undefined;
    return {
      code: typeof limit_type === "string" ? limit_type : typeof database?.code === "string" ? database.code : undefined,
      message:
        typeof error === "string"
          ? error
          : typeof database?.sqlMessage === "string"
            ? database.sqlMessage
            : typeof message === "string"
              ? message
              : undefined,
    };
  },
  rateLimitPause(body, now) {
    const { limit_type, quota_resets_at } = (body ?? {}) as PhishStatsErrorBody;
    if (limit_type !== "daily" && limit_type !== "anonymous_daily") return undefined;
    const resetsAt = typeof quota_resets_at === "string" ? Date.parse(quota_resets_at) : Number.NaN;
    return { kind: "quota", reason: limit_type, until: Number.isNaN(resetsAt) || resetsAt <= now ? nextUtcMidnight(now) : resetsAt };
  },
} as const satisfies ApiDefinition;
