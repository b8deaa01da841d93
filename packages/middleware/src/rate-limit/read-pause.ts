// When a 429 says to try again, from every hint the API gives: the
// Retry-After header (RFC 9110 §10.2.3), the spec's reset header and body
// field (x-rate-limits), and the API's own reading of its body (quotas).
// The latest hint wins: the server's view, not ours, decides.
import type { ApiDefinition } from "../api-definition.js";
import type { RetryAfterBodyField } from "../api-metadata.js";
import { parseRetryAfter } from "../retry/retry-after.js";
import type { Pause } from "./limiter-store.js";
import { parseResetHeader } from "./parse-reset.js";

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

export function readPause(definition: ApiDefinition, response: Response, body: unknown, now: number): Pause | undefined {
  const own = definition.rateLimitPause?.(body, now);
  if (own?.kind === "quota") return own;
  const limits = definition.metadata.rateLimits;
  const hints = [
    own?.until,
    ((ms) => (ms === undefined ? undefined : now + ms))(parseRetryAfter(response.headers.get("retry-after"), now)),
    limits?.retryAfterBody ? bodyHint(body, limits.retryAfterBody, now) : undefined,
    limits?.headers ? parseResetHeader(response.headers.get(limits.headers.reset), limits.headers.resetUnit, now) : undefined,
  ].filter((t): t is number => t !== undefined && Number.isFinite(t) && t > now);
  if (hints.length === 0) return undefined;
  const scope = limits?.headers?.scope ? response.headers.get(limits.headers.scope) : null;
  return { until: Math.max(...hints), kind: "rate-limit", reason: own?.reason ?? scope ?? "429" };
}
