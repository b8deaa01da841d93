// When a 429 says to try again, from every hint the API gives: the
// Retry-After header (RFC 9110 §10.2.3), the spec's reset header and body
// field (x-rate-limits), and the API's own reading of its body (quotas).
// The latest hint wins: the server's view, not ours, decides. A hint that is
// absurd is bounded: one already past (or negative) is no hint, and one
// further away than MAX_PAUSE_MS is capped there, with a warning either way.
import type { ApiDefinition } from "../api-definition.js";
import type { RetryAfterBodyField } from "../api-metadata.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import type { Pause } from "./limiter-store.js";
import { parseResetHeader } from "./parse-reset.js";

/**
 * The longest pause a 429 can impose on a credential: 24 hours, a day's
 * quota. A server asking for more is broken or hostile; past this the
 * client asks again rather than stay silent for years.
 */
export const MAX_PAUSE_MS = 24 * 60 * 60 * 1000;

function bodyHint(body: unknown, field: RetryAfterBodyField, now: number): number | undefined {
  const value = (body as Record<string, unknown> | null)?.[field.field];
  if (typeof value === "number" && Number.isFinite(value)) {
    if (field.unit === "seconds") return now + value * 1000;
    if (field.unit === "milliseconds") return now + value;
    if (field.unit === "epoch-seconds") return value * 1000;
  }
  if (typeof value === "string" && (field.unit === "http-date" || field.unit === "iso-date")) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
}

export function readPause(
  definition: ApiDefinition,
  response: Response,
  body: unknown,
  now: number,
  warn: (message: string) => void,
): Pause | undefined {
  const own = definition.rateLimitPause?.(body, now);
  // A spent quota (the API's own reading of its body) fails fast until its reset.
  if (own?.kind === "quota") return own.until - now > MAX_PAUSE_MS ? { ...own, until: now + MAX_PAUSE_MS } : own;
  const limits = definition.metadata.rateLimits;
  const retryAfter = response.headers.get("retry-after");
  const retryAfterMs = parseRetryAfter(retryAfter, now);
  const hints = [
    own?.until,
    retryAfterMs === undefined ? undefined : now + retryAfterMs,
    limits?.retryAfterBody ? bodyHint(body, limits.retryAfterBody, now) : undefined,
    limits?.headers ? parseResetHeader(response.headers.get(limits.headers.reset), limits.headers.resetUnit, now) : undefined,
  ].filter((t): t is number => t !== undefined && Number.isFinite(t));
  const future = hints.filter((t) => t > now);
  if (future.length < hints.length || (retryAfter !== null && retryAfterMs === undefined)) {
    warn(
      `429 with a hint that has passed or cannot be read (Retry-After: ${JSON.stringify(retryAfter?.slice(0, 40) ?? null)}); backing off instead`,
    );
  }
  if (future.length === 0) return undefined;
  let until = Math.max(...future);
  if (until - now > MAX_PAUSE_MS) {
    warn(`429 asks for a pause of ${Math.round((until - now) / 1000)} s; capped at ${MAX_PAUSE_MS / 1000} s (MAX_PAUSE_MS)`);
    until = now + MAX_PAUSE_MS;
  }
  const scope = limits?.headers?.scope ? response.headers.get(limits.headers.scope)?.slice(0, 64) : undefined;
  return { until, kind: "rate-limit", reason: own?.reason ?? scope ?? "429" };
}
