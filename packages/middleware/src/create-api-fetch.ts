// The fetch that openapi-fetch calls. openapi-fetch's own middleware cannot
// re-send a request, so auth, rate limiting, retries and timeouts live here,
// beneath it, as one loop per call:
//   credential check → wait for a slot → send (auth on the API origin only,
//   per-attempt timeout, body buffered) → learn from the response (limit
//   headers, 429 pause, 401) → re-send or return.
import { now as clock } from "./clock.js";
import type { ApiDefinition } from "./api-definition.js";
import type { RateLimitWindow } from "./api-metadata.js";
import { authHeader, authHeaderNames } from "./auth/auth-scheme.js";
import { credentialKey } from "./auth/credential-key.js";
import { type CredentialSource, resolveCredential } from "./auth/credential.js";
import { rejectedCredentials } from "./auth/rejected-credentials.js";
import { ConnectionError } from "./errors/connection-error.js";
import { errorFromResponse } from "./errors/error-from-response.js";
import { InvalidCredentialError } from "./errors/invalid-credential-error.js";
import { QuotaExceededError } from "./errors/quota-exceeded-error.js";
import { RequestAbortedError } from "./errors/request-aborted-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import type { Logger } from "./logger.js";
import { createOperationMatcher } from "./operation-matcher.js";
import type { HeaderBudget } from "./rate-limit/header-budget.js";
import type { LimiterStore } from "./rate-limit/limiter-store.js";
import type { RateLimiter } from "./rate-limit/rate-limiter.js";
import { readPause } from "./rate-limit/read-pause.js";
import { selectWindows } from "./rate-limit/select-windows.js";
import { type AttemptSignal, attemptSignal } from "./request/attempt-signal.js";
import { responseContext } from "./request/response-context.js";
import { sendFollowingRedirects } from "./request/send-following-redirects.js";
import { sleep } from "./request/sleep.js";
import { backoffDelay } from "./retry/backoff.js";
import { parseRetryAfter } from "./retry/retry-after.js";
import type { ResolvedRetryOptions } from "./retry/retry-options.js";

export interface ApiFetchConfig {
  definition: ApiDefinition;
  baseUrl: string;
  credential: CredentialSource | undefined;
  fetch: typeof fetch;
  retry: ResolvedRetryOptions | false;
  limiter: RateLimiter;
  store: LimiterStore;
  budget: HeaderBudget | undefined;
  /** Proactive windows; empty when rate limiting is off. */
  windows: readonly RateLimitWindow[];
  tier: string | undefined;
  timeScale: number;
  timeoutMs: number | undefined;
  logger: Logger;
  /** True when `fetch` is the platform's own (see sendFollowingRedirects' followNatively). */
  platformFetch: boolean;
}

export function createApiFetch(config: ApiFetchConfig): typeof fetch {
  const { definition, logger } = config;
  const api = definition.metadata.api;
  const apiOrigin = new URL(config.baseUrl).origin;
  const match = createOperationMatcher(definition.metadata.operations, new URL(config.baseUrl).pathname);
  const retry = config.retry;
  const authNames = authHeaderNames(definition.auth);
  const followNatively = config.platformFetch && authNames.every((name) => name.toLowerCase() === "authorization");

  return async function apiFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const ticket = config.limiter.enter();
    try {
      return await send(ticket, input, init);
    } finally {
      config.limiter.leave(ticket); // no-op once the call reached acquire
    }
  };

  async function send(ticket: number, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // openapi-fetch hands over a finished Request: use it rather than copy it.
    const original = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(original.url);
    const method = original.method.toUpperCase();
    const request = `${method} ${url.pathname}`;
    const callerSignal = original.signal;
    // Read the body once: every attempt re-sends these exact bytes.
    const body = original.body ? await original.arrayBuffer() : undefined;

    const credential = await resolveCredential(config.credential, definition.credentialName);
    const problem = credential === undefined ? undefined : definition.credentialProblem?.(credential);
    if (problem) throw new TypeError(`${definition.credentialName}: ${problem}`);
    const key = await credentialKey(api, credential);
    if (credential !== undefined && rejectedCredentials.has(key)) {
      throw new InvalidCredentialError(`${request}: not sent, the ${definition.credentialName} was rejected with 401 before`, {
        request,
        status: 401,
      });
    }
    const operation = match(method, url.pathname);
    const tier = definition.tier ? definition.tier(credential !== undefined, config.tier) : config.tier;
    const windows = selectWindows(config.windows, { method, operationId: operation?.operationId }, tier, config.timeScale);
    const idempotent = retry !== false && retry.methods.includes(method);
    const auth = credential === undefined ? undefined : authHeader(definition.auth, credential);

    for (let attempt = 0; ; attempt++) {
      const lease = await config.limiter.acquire(key, windows, callerSignal, request, ticket);
      const timing = attemptSignal(callerSignal, config.timeoutMs);
      let response: Response;
      try {
        const sent = await sendFollowingRedirects(config.fetch, {
          url,
          method,
          headers: original.headers,
          body,
          signal: timing.signal,
          auth,
          authHeaderNames: authNames,
          apiOrigin,
          request,
          followNatively,
        });
        // Error bodies are read now (a 429's hint, the error envelope); a
        // success body is left to the caller, still under this attempt's timeout.
        response = sent.ok ? guardBody(sent, timing, request, config.timeoutMs) : await buffered(sent, timing.signal);
      } catch (error) {
        timing.dispose();
        config.budget?.released(key);
        await lease.complete();
        if (callerSignal.aborted)
          throw new RequestAbortedError(`${request}: aborted by the caller`, { request, cause: callerSignal.reason });
        const failure = timing.timedOut()
          ? new TimeoutError(`${request}: no complete response within ${config.timeoutMs} ms`, { request, cause: error })
          : error instanceof ConnectionError
            ? error
            : new ConnectionError(`${request}: ${describeNetworkError(error)}`, { request, cause: error });
        if (idempotent && attempt < retry.limit) {
          const delay = backoffDelay(attempt, retry.initialDelayMs, retry.maxDelayMs);
          logger.info(`${request}: ${failure.name}, attempt ${attempt + 1}; retrying in ${delay} ms`);
          await sleepOrAbort(delay, callerSignal, request);
          continue;
        }
        throw failure;
      }
      if (!response.ok) timing.dispose();
      const now = clock();
      // Learn the announced budget before the slot is handed to the next caller.
      config.budget?.observe(key, response.headers, now);
      await lease.complete();
      const errorBody = response.ok ? undefined : await readJson(response);
      const retryAfterMs = hintMs(response, now);
      responseContext.set(response, {
        toError: (parsed) => errorFromResponse(response, parsed, definition.parseError(parsed), request, { retryAfterMs }),
      });

      if (response.status === 401 && credential !== undefined) {
        rejectedCredentials.add(key);
        logger.warn(`${request}: 401, the ${definition.credentialName} is marked invalid; later calls with it fail without a request`);
      }

      if (response.status === 429) {
        const pause = readPause(definition, response, errorBody, now) ?? {
          until: now + (retry === false ? 1000 : backoffDelay(attempt, retry.initialDelayMs, retry.maxDelayMs)),
          kind: "rate-limit" as const,
          reason: "429 without a hint",
        };
        await config.store.pause(key, pause);
        config.limiter.wake(key);
        if (pause.kind === "quota") {
          const resetAt = new Date(pause.until);
          throw new QuotaExceededError(`${request}: the ${pause.reason} quota is spent until ${resetAt.toISOString()}`, {
            request,
            status: 429,
            resetAt,
            quota: pause.reason,
            retryAfterMs: pause.until - now,
            body: errorBody,
            ...definition.parseError(errorBody),
          });
        }
        // A 429 was not processed, so re-sending is safe for every method.
        if (retry !== false && attempt < retry.limit && pause.until - now <= retry.maxRetryAfterMs) {
          logger.info(`${request}: 429 (${pause.reason}); all calls with this credential wait ${pause.until - now} ms`);
          continue; // the limiter holds the next attempt until the pause ends
        }
        return response;
      }

      if (idempotent && retry.statusCodes.includes(response.status) && attempt < retry.limit) {
        const delay = retryAfterMs ?? backoffDelay(attempt, retry.initialDelayMs, retry.maxDelayMs);
        if (delay <= retry.maxRetryAfterMs) {
          logger.info(`${request}: ${response.status}, attempt ${attempt + 1}; retrying in ${delay} ms`);
          await sleepOrAbort(delay, callerSignal, request);
          continue;
        }
      }
      return response;
    }
  }
}

/**
 * Returns a success response as is, without copying its body, but makes every
 * way of reading the body end the attempt's timer when the read ends, and
 * fail with our TimeoutError or RequestAbortedError if the attempt is
 * aborted first (raced too, because a custom fetch's body need not obey the signal).
 */
function guardBody(response: Response, timing: AttemptSignal, request: string, timeoutMs: number | undefined): Response {
  if (response.body === null) {
    timing.dispose();
    return response;
  }
  const typed = () =>
    timing.timedOut()
      ? new TimeoutError(`${request}: the body did not arrive within ${timeoutMs} ms`, { request, cause: timing.signal.reason })
      : new RequestAbortedError(`${request}: aborted by the caller`, { request, cause: timing.signal.reason });
  for (const method of ["arrayBuffer", "blob", "bytes", "formData", "json", "text"] as const) {
    const read = (response as unknown as Record<string, (() => Promise<unknown>) | undefined>)[method];
    if (typeof read !== "function") continue;
    Object.defineProperty(response, method, {
      configurable: true,
      value: () => raceAbort(read.call(response), timing.signal, typed).finally(() => timing.dispose()),
    });
  }
  return response;
}

function raceAbort<T>(work: Promise<T>, signal: AbortSignal, reason: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(reason());
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, (error) => reject(signal.aborted ? reason() : error)).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Reads the whole body inside the attempt, so the timeout covers it and a
 * 429's body can be read. Raced against the signal because a custom fetch's
 * body stream need not end when the request is aborted.
 */
async function buffered(response: Response, signal: AbortSignal): Promise<Response> {
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  const bytes = await Promise.race([response.arrayBuffer(), aborted]).finally(() => {
    signal.removeEventListener("abort", onAbort!);
    if (signal.aborted) response.body?.cancel().catch(() => {});
  });
  const nullBody = [101, 204, 205, 304].includes(response.status);
  return new Response(nullBody ? null : bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.clone().text();
  try {
    return text === "" ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

function hintMs(response: Response, now: number): number | undefined {
  return parseRetryAfter(response.headers.get("retry-after"), now);
}

async function sleepOrAbort(ms: number, signal: AbortSignal, request: string): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (reason) {
    throw new RequestAbortedError(`${request}: aborted by the caller`, { request, cause: reason });
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return cause?.code ? `network error (${cause.code})` : "network error";
}
