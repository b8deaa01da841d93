// After an attempt, whether the call ends (with the response or an error) or
// is sent again, and after how long. RFC 9110 §9.2.2: only idempotent methods
// are re-sent after a 5xx, a timeout or a network error; a 429 was not
// processed, so it is re-sent for every method (the limiter holds it until
// the pause ends).
import type { ApiError } from "../errors/api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { quotaExceeded } from "../errors/quota-exceeded-error.js";
import type { Lesson } from "../rate-limit/learn-from-response.js";
import type { ApiContext } from "../request/api-context.js";
import type { Call } from "../request/call.js";
import { backoffDelay } from "./backoff.js";
import { parseRetryAfter } from "./retry-after.js";

export type Decision = { retryInMs: number; reason: string } | { response: Response } | { error: ApiError };

export function decideRetry(
  api: ApiContext,
  call: Call,
  outcome: { response: Response } | { failure: ApiError },
  lesson: Lesson,
  attempt: number,
  now: number,
): Decision {
  const { retry } = api;
  const canRetry = retry !== false && attempt < retry.limit;
  if ("failure" in outcome) {
    const retriable = outcome.failure instanceof ConnectionError || outcome.failure instanceof TimeoutError;
    if (call.idempotent && canRetry && retriable) {
      return { retryInMs: backoffDelay(attempt, retry.initialDelayMs, retry.maxDelayMs), reason: outcome.failure.name };
    }
    return { error: outcome.failure };
  }
  const { response } = outcome;
  if (lesson.pause) {
    const { pause } = lesson;
    if (pause.kind === "quota")
      return { error: quotaExceeded(call.request, pause, now, { body: lesson.body, ...api.definition.parseError(lesson.body) }) };
    if (canRetry && pause.until - now <= retry.maxRetryAfterMs)
      return { retryInMs: 0, reason: `429 (${pause.reason}), paused ${Math.ceil(pause.until - now)} ms` };
    return { response };
  }
  if (call.idempotent && canRetry && retry.statusCodes.includes(response.status)) {
    const delay =
      parseRetryAfter(response.headers.get("retry-after"), now) ?? backoffDelay(attempt, retry.initialDelayMs, retry.maxDelayMs);
    if (delay <= retry.maxRetryAfterMs) return { retryInMs: delay, reason: String(response.status) };
  }
  return { response };
}
