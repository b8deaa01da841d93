// The fetch that openapi-fetch calls. openapi-fetch's own middleware cannot
// re-send a request, so auth, rate limiting, retries and timeouts live here,
// beneath it, as one loop per call:
//   credential check → wait for a slot → send (auth on the API origin only,
//   per-attempt timeout, body buffered) → learn from the response (limit
//   headers, 429 pause, 401) → re-send or return.
// The common case (a string credential, a free slot in a memory store, a
// success) runs without waiting on anything but the network: see bench/.
import { now as clock } from "./clock.js";
import type { ApiDefinition } from "./api-definition.js";
import type { RateLimitWindow } from "./api-metadata.js";
import { authHeader, authHeaderNames } from "./auth/auth-scheme.js";
import type { CredentialSource } from "./auth/credential.js";
import { createCredentialResolver } from "./auth/credential-resolver.js";
import { rejectedCredentials } from "./auth/rejected-credentials.js";
import { ConnectionError } from "./errors/connection-error.js";
import { errorFromResponse } from "./errors/error-from-response.js";
import { InvalidCredentialError } from "./errors/invalid-credential-error.js";
import { MissingCredentialError } from "./errors/missing-credential-error.js";
import { QuotaExceededError } from "./errors/quota-exceeded-error.js";
import { abortedByCaller } from "./errors/request-aborted-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import type { Logger } from "./logger.js";
import { createOperationMatcher } from "./operation-matcher.js";
import type { HeaderBudget } from "./rate-limit/header-budget.js";
import type { LimiterStore } from "./rate-limit/limiter-store.js";
import type { RateLimiter } from "./rate-limit/rate-limiter.js";
import { readPause } from "./rate-limit/read-pause.js";
import { createWindowSelector } from "./rate-limit/window-selector.js";
import { ApiRequest, callerSignalOf } from "./request/api-request.js";
import { attemptSignal } from "./request/attempt-signal.js";
import { guardBody } from "./request/guard-body.js";
import { pathOnOrigin } from "./request/path-on-origin.js";
import { readWholeBody } from "./request/read-whole-body.js";
import { RequestPlan } from "./request/request-plan.js";
import { responseContext } from "./request/response-context.js";
import { sendFollowingRedirects } from "./request/send-following-redirects.js";
import { sleep } from "./request/sleep.js";
import { backoffDelay } from "./retry/backoff.js";
import { parseRetryAfter } from "./retry/retry-after.js";
import type { ResolvedRetryOptions } from "./retry/retry-options.js";

export interface ApiFetchConfig {
  /** The factory's name (`createPwnbookClient`), for messages that say which option to set. */
  factory: string;
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
  const { definition, logger, limiter, retry } = config;
  const base = new URL(config.baseUrl);
  const apiOrigin = base.origin;
  const match = createOperationMatcher(definition.metadata.operations, base.pathname);
  const authNames = authHeaderNames(definition.auth);
  const followNatively = config.platformFetch && authNames.every((name) => name.toLowerCase() === "authorization");
  const resolveCredential = createCredentialResolver(definition, config.credential);
  const windowsFor = createWindowSelector(config.windows, config.timeScale, (method, path) => match(method, path)?.operationId);
  const tierFor = (hasCredential: boolean) => (definition.tier ? definition.tier(hasCredential, config.tier) : config.tier);

  return async function apiFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const ticket = limiter.enter();
    try {
      // openapi-fetch hands over a plan (request/request-plan.ts) or a
      // finished Request: use either as it is rather than copy it. (Its second
      // argument is `requestInitExt`, which createApiClient never sets.)
      const original =
        input instanceof RequestPlan || (input instanceof Request && init === undefined) ? input : new ApiRequest(input, init);
      const href = original.url;
      const method = original.method.toUpperCase();
      const pathname = pathOnOrigin(href, apiOrigin) ?? new URL(href).pathname;
      const request = `${method} ${pathname}`;
      const callerSignal = original instanceof RequestPlan ? original.signal : callerSignalOf(original);
      // One body for every attempt: a plan's string as it is; a Request's bytes, read once.
      const body = original instanceof RequestPlan ? original.body : original.body ? await original.arrayBuffer() : undefined;

      const resolving = resolveCredential();
      const { credential, key } = resolving instanceof Promise ? await resolving : resolving;
      if (credential === undefined) {
        const operation = match(method, pathname);
        if (operation && definition.metadata.operations[operation.operationId]?.anonymous === false) {
          throw new MissingCredentialError(
            `${request} (${operation.operationId}) needs a ${definition.credentialName}: pass { ${definition.credentialName} } to ${config.factory}; nothing was sent`,
            { request },
          );
        }
      }
      if (credential !== undefined && rejectedCredentials.has(key)) {
        throw new InvalidCredentialError(`${request}: not sent, the ${definition.credentialName} was rejected with 401 before`, {
          request,
          status: 401,
        });
      }
      const windows = windowsFor(method, pathname, tierFor(credential !== undefined));
      const idempotent = retry !== false && retry.methods.includes(method);
      const auth = credential === undefined ? undefined : authHeader(definition.auth, credential);

      for (let attempt = 0; ; attempt++) {
        if (callerSignal?.aborted) throw abortedByCaller(request, callerSignal.reason);
        const lease = limiter.acquireNow(key, windows, ticket) ?? (await limiter.acquire(key, windows, callerSignal, request, ticket));
        const timing = attemptSignal(callerSignal, config.timeoutMs);
        let response: Response;
        try {
          const sent = await sendFollowingRedirects(config.fetch, {
            original,
            url: href,
            method,
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
          response = sent.ok
            ? guardBody(sent, { timing, request, timeoutMs: config.timeoutMs, race: !config.platformFetch })
            : await readWholeBody(sent, timing.signal);
        } catch (error) {
          timing.dispose();
          config.budget?.released(key);
          await lease.complete();
          if (callerSignal?.aborted) throw abortedByCaller(request, callerSignal.reason);
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
        const now = clock();
        // Learn the announced budget before the slot is handed to the next caller.
        config.budget?.observe(key, response.headers, now);
        const completing = lease.complete();
        if (completing) await completing;
        if (response.ok) return response;

        timing.dispose();
        const errorBody = await readJson(response);
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
          limiter.wake(key);
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
    } finally {
      limiter.leave(ticket); // no-op once the call reached acquire
    }
  };
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

async function sleepOrAbort(ms: number, signal: AbortSignal | undefined, request: string): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (reason) {
    throw abortedByCaller(request, reason);
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return cause?.code ? `network error (${cause.code})` : "network error";
}
