// Builds an openapi-fetch client whose fetch is the middleware pipeline. Each
// API package calls this from its own `create<Api>Client` with its definition.
import type { Client } from "openapi-fetch";
import type { ApiDefinition } from "./api-definition.js";
import type { ClientOptionsWith } from "./options/client-options.js";
import { createApiFetch } from "./create-api-fetch.js";
import { silentLogger } from "./logger.js";
import { HeaderBudget } from "./rate-limit/header-budget.js";
import { sharedMemoryStore } from "./rate-limit/memory-store.js";
import { RateLimiter } from "./rate-limit/rate-limiter.js";
import { stringifyJson } from "./request/json-body.js";
import { keepPlansPrivate } from "./request/keep-plans-private.js";
import { createClient } from "./request/openapi-fetch-interop.js";
import { serializePath } from "./request/path-serializer.js";
import { createInt64QuerySerializer } from "./request/query-serializer.js";
import { type PlanScope, plannedRequestClass } from "./request/request-plan.js";
import { DEFAULT_RETRY } from "./retry/retry-options.js";
import { validateOptions } from "./options/validate-options.js";
import { withDefaults } from "./options/with-defaults.js";

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_WAIT_MS = 120_000;

export function createApiClient<Paths extends {}, Name extends string>(
  factory: string,
  definition: ApiDefinition & { credentialName: Name },
  options: ClientOptionsWith<Name>,
): Client<Paths, "application/json"> {
  validateOptions(factory, definition, options as never);
  const serverUrl = options.baseUrl ?? definition.metadata.serverUrl;
  if (!serverUrl) throw new TypeError(`${factory}: baseUrl is required (the spec names no server)`);
  const baseUrl = serverUrl.replace(/\/+$/, "");
  const rateLimit = options.rateLimit === false ? undefined : (options.rateLimit ?? {});
  const store = rateLimit?.store ?? sharedMemoryStore;
  const headerNames = definition.metadata.rateLimits?.headers;
  const budget = rateLimit && headerNames ? new HeaderBudget(headerNames) : undefined;
  const limiter = new RateLimiter({ store, maxWaitMs: rateLimit?.maxWaitMs ?? DEFAULT_MAX_WAIT_MS, budget });

  const apiFetch = createApiFetch({
    factory,
    definition,
    baseUrl,
    credential: options[definition.credentialName as Name],
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    retry: options.retry === false ? false : withDefaults(DEFAULT_RETRY, options.retry),
    limiter,
    store,
    budget,
    windows: rateLimit ? (rateLimit.windows ?? definition.metadata.rateLimits?.windows ?? []) : [],
    tier: rateLimit?.tier,
    timeScale: rateLimit?.timeScale ?? 1,
    timeoutMs: options.timeoutMs === 0 ? undefined : (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    logger: options.logger ?? silentLogger,
    platformFetch: options.fetch === undefined,
  });

  // Declared 64-bit fields (snowflakes) go out as exact integers wherever they appear.
  const int64Fields = definition.metadata.int64Fields?.length ? new Set(definition.metadata.int64Fields) : undefined;
  const plans: PlanScope = { plansAllowed: true };
  const client = createClient<Paths, "application/json">({
    baseUrl,
    fetch: apiFetch,
    // A RequestPlan where only apiFetch will see the call, else a Request
    // that remembers whether the caller passed a signal (request/request-plan.ts).
    Request: plannedRequestClass(new URL(baseUrl).origin, plans),
    headers: { "User-Agent": options.userAgent ?? definition.defaultUserAgent },
    pathSerializer: (url, params) => serializePath(url, params, int64Fields),
    bodySerializer: (body: unknown) => (body instanceof FormData ? body : stringifyJson(body, int64Fields)) as never,
    ...(int64Fields ? { querySerializer: createInt64QuerySerializer(int64Fields) as never } : {}),
  });
  keepPlansPrivate(client, plans);
  return client;
}
