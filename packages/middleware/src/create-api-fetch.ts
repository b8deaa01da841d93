// The fetch that openapi-fetch calls. openapi-fetch builds the call's Request
// and parses the answer; its own middleware cannot re-send a request, so
// auth, rate limiting, retries and timeouts live here, beneath it. A call
// reads top to bottom:
//   start the call (body read once, credential resolved and checked) →
//   per attempt: wait for a slot → send one attempt → learn from the
//   response (401, 429) → decide on a retry → back off, or finish.
// The same code runs on the platform's fetch and on a fetch the caller passes.
import { now as clock } from "./clock.js";
import { rejectedBefore } from "./errors/invalid-credential-error.js";
import { errorFromResponse } from "./errors/error-from-response.js";
import { abortedByCaller } from "./errors/request-aborted-error.js";
import { learnFromResponse } from "./rate-limit/learn-from-response.js";
import type { Lease } from "./rate-limit/rate-limiter.js";
import type { ApiContext } from "./request/api-context.js";
import { type Call, startCall } from "./request/call.js";
import { CallStop } from "./request/call-stop.js";
import { responseContext } from "./request/response-context.js";
import { MAX_ERROR_BODY_BYTES, sendAttempt } from "./request/send-attempt.js";
import { sleep } from "./request/sleep.js";
import { backoffDelay } from "./retry/backoff.js";
import { decideRetry } from "./retry/decide-retry.js";
import { parseRetryAfter } from "./retry/retry-after.js";

export function createApiFetch(api: ApiContext): typeof fetch {
  return async function apiFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const call = await startCall(api, input, init);
    const stop = new CallStop(api, call);
    try {
      for (let attempt = 0; ; attempt++) {
        const lease = await waitForSlot(api, call, stop);
        const outcome = await sendAttempt(api, call, lease);
        const now = clock();
        const lesson =
          outcome.response && !outcome.response.ok
            ? await learnFromResponse(api, call, outcome.response, now, fallbackPauseMs(api, attempt))
            : {};
        const decision = decideRetry(api, call, outcome, lesson, attempt, now);
        if ("error" in decision) throw decision.error;
        if ("response" in decision) return explained(api, call, decision.response, outcome.truncated === true, lesson, now);
        api.logger.info(`${call.request}: ${decision.reason}, attempt ${attempt + 1}; sending again in ${decision.retryInMs} ms`);
        await sleep(decision.retryInMs, stop.signal);
      }
    } finally {
      stop.dispose();
    }
  };
}

/** A slot in every window the call counts against; at once when one is free, else in line. */
async function waitForSlot(api: ApiContext, call: Call, stop: CallStop): Promise<Lease> {
  const lease =
    api.limiter.acquireNow(call.key, call.windows, call.request) ??
    (await api.limiter.acquire(call.key, call.windows, stop.signal, call.request));
  // Granted just as the caller gave up or a 401 arrived: give the slot back, send nothing.
  const stopped = call.signal.aborted
    ? abortedByCaller(call.request, call.signal.reason)
    : call.hasCredential && api.rejections.has(call.key)
      ? rejectedBefore(call.request, api.definition.credentialName)
      : undefined;
  if (stopped) {
    await lease.complete();
    throw stopped;
  }
  return lease;
}

/** How long a 429 without any hint pauses the credential: the retry backoff, or 1 s when retries are off. */
function fallbackPauseMs(api: ApiContext, attempt: number): number {
  return api.retry === false ? 1000 : backoffDelay(attempt, api.retry.initialDelayMs, api.retry.maxDelayMs);
}

/** An error response, returned to openapi-fetch, remembers how `unwrap()` should explain it. */
function explained(
  api: ApiContext,
  call: Call,
  response: Response,
  truncated: boolean,
  lesson: { pause?: { until: number } | undefined },
  now: number,
): Response {
  if (response.ok) return response;
  const retryAfterMs = lesson.pause ? lesson.pause.until - now : parseRetryAfter(response.headers.get("retry-after"), now);
  responseContext.set(response, {
    toError: (body) =>
      errorFromResponse(response, body, api.definition.parseError(body), call.request, {
        retryAfterMs,
        truncatedAt: truncated ? MAX_ERROR_BODY_BYTES : undefined,
      }),
  });
  return response;
}
