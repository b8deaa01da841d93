// One attempt of a call: send it (following redirects by hand), hand the
// response's head to the limiter (its lease ends, an announced budget is
// learned), then read the body under the same per-attempt timeout. Whatever
// goes wrong comes back as one of our typed errors, never fetch's own.
import { ApiError } from "../errors/api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { MalformedResponseError } from "../errors/malformed-response-error.js";
import { abortedByCaller } from "../errors/request-aborted-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { now as clock } from "../clock.js";
import type { Lease } from "../rate-limit/rate-limiter.js";
import { readAnnouncement } from "../rate-limit/read-announcement.js";
import type { ApiContext } from "./api-context.js";
import { type AttemptSignal, attemptSignal } from "./attempt-signal.js";
import type { Call } from "./call.js";
import { followRedirects } from "./follow-redirects.js";
import { readBody } from "./read-body.js";

/**
 * How much of an error response's body is read (1 MiB). Error bodies are
 * small envelopes; a misbehaving server's 200 MB page must not be held in
 * memory or copied into a message. The part read stays on the error.
 */
export const MAX_ERROR_BODY_BYTES = 1024 * 1024;

export type Outcome =
  /** A response, its body read: whole for a success, up to the cap for an error. */
  | { response: Response; truncated: boolean; failure?: undefined }
  /** No usable response: a network error, a timeout, the caller's abort, a malformed body. */
  | { failure: ApiError; response?: undefined; truncated?: undefined };

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export async function sendAttempt(api: ApiContext, call: Call, lease: Lease): Promise<Outcome> {
  const timing = attemptSignal(call.signal, api.timeoutMs);
  let sent: Response;
  try {
    sent = await followRedirects(api.fetch, { ...call, signal: timing.signal }, api.scope, call.request);
  } catch (error) {
    timing.dispose();
    await lease.complete();
    return { failure: failureOf(error, call, timing, api.timeoutMs, "no response") };
  }
  await lease.complete({ announced: announcedBy(api, call, sent.headers) });
  try {
    const { bytes, truncated } = await readBody(sent, sent.ok ? Number.POSITIVE_INFINITY : MAX_ERROR_BODY_BYTES, timing.signal);
    if (sent.ok && bytes && bytes.byteLength > 0 && declaresJson(sent) && !isJson(bytes)) {
      const failure = new MalformedResponseError(`${call.request}: the ${sent.status} response says it is JSON but is not valid JSON`, {
        request: call.request,
        status: sent.status,
      });
      return { failure };
    }
    const body = NULL_BODY_STATUSES.has(sent.status) ? null : bytes;
    return {
      response: new Response(body as BodyInit | null, { status: sent.status, statusText: sent.statusText, headers: sent.headers }),
      truncated,
    };
  } catch (error) {
    return { failure: failureOf(error, call, timing, api.timeoutMs, "the body did not arrive") };
  } finally {
    timing.dispose();
  }
}

/** What the answer's rate-limit headers announce; its scope is remembered for the operation. */
function announcedBy(api: ApiContext, call: Call, headers: Headers) {
  const names = api.rateLimitHeaders;
  if (!names) return undefined;
  const scope = names.scope ? headers.get(names.scope) : null;
  if (scope && call.operationId) api.windowsFor.learnScope(call.operationId, scope.slice(0, 64));
  return readAnnouncement(names, headers, clock());
}

function failureOf(error: unknown, call: Call, timing: AttemptSignal, timeoutMs: number | undefined, what: string): ApiError {
  const { request } = call;
  if (call.signal.aborted) return abortedByCaller(request, call.signal.reason);
  if (timing.timedOut()) return new TimeoutError(`${request}: ${what} within ${timeoutMs} ms`, { request, cause: error });
  if (error instanceof ApiError) return error;
  return new ConnectionError(`${request}: ${describeNetworkError(error)}`, { request, cause: error });
}

/** undici's "fetch failed" or "terminated" says little; its cause's code (ECONNRESET, UND_ERR_SOCKET) says more. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  const message = (error as { message?: string })?.message;
  const what = message === "terminated" ? "the connection closed before the body was complete" : "network error";
  return cause?.code ? `${what} (${cause.code})` : what;
}

function declaresJson(response: Response): boolean {
  const type = response.headers.get("content-type");
  return type !== null && /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
}

const decoder = new TextDecoder();
function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(decoder.decode(bytes));
    return true;
  } catch {
    return false;
  }
}
