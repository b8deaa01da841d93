// What an answer's rate-limit headers announce (x-rate-limits `headers`):
// the budget left until the window resets, and the scope it belongs to.
import type { RateLimitHeaderNames } from "../api-metadata.js";
import type { Announcement } from "./limiter-store.js";
import { parseResetHeader } from "./parse-reset.js";

export function readAnnouncement(names: RateLimitHeaderNames, headers: Headers, now: number): Announcement {
  const integer = (name: string | undefined) => {
    const value = name === undefined ? null : headers.get(name);
    return value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  };
  return {
    remaining: integer(names.remaining),
    resetAt: parseResetHeader(headers.get(names.reset), names.resetUnit, now),
    limit: integer(names.limit),
  };
}
