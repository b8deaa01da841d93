import { ApiError } from "./api-error.js";

/**
 * 429 Too Many Requests (RFC 6585 §4) that could not be waited out: the
 * retries were used up, or the server asked for a longer wait than
 * `rateLimit.maxWaitMs` allows. `retryAfterMs` says when to try again.
 */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
