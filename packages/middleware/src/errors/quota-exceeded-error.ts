import type { Pause } from "../rate-limit/limiter-store.js";
import { ApiError, type ApiErrorDetails } from "./api-error.js";

/**
 * A quota that resets far in the future (a daily quota, e.g. PhishStats'
 * `limit_type: daily`) is spent. Not waited out: the call fails at once, and
 * later calls with the same credential fail without a request until `resetAt`.
 */
export class QuotaExceededError extends ApiError {
  override name = "QuotaExceededError";
  /** When the quota resets. */
  readonly resetAt: Date;
  /** Which quota: the API's own name for it when it gives one (`daily`, `anonymous_daily`), else the window id. */
  readonly quota: string;

  constructor(message: string, details: ApiErrorDetails & { resetAt: Date; quota: string }) {
    super(message, details);
    this.resetAt = details.resetAt;
    this.quota = details.quota;
  }
}

/** The one way every part of the client words a spent quota: `request` is "METHOD /path". Internal. */
export function quotaExceeded(request: string, pause: Pause, now: number, details: ApiErrorDetails = {}): QuotaExceededError {
  const resetAt = new Date(pause.until);
  return new QuotaExceededError(`${request}: the ${pause.reason} quota is spent until ${resetAt.toISOString()}`, {
    status: 429,
    ...details,
    request,
    resetAt,
    quota: pause.reason,
    retryAfterMs: Math.max(0, pause.until - now),
  });
}
