// Builds an openapi-fetch client whose fetch is the middleware pipeline. Each
// API package calls this from its own `create<Api>Client` with its definition.
import type { Client } from "openapi-fetch";
import type { ApiDefinition } from "./api-definition.js";
import { authHeaderNames } from "./auth/auth-scheme.js";
import { createCredentialResolver } from "./auth/credential-resolver.js";
import { CredentialRejections } from "./auth/credential-rejections.js";
import { createApiFetch } from "./create-api-fetch.js";
import { silentLogger } from "./logger.js";
import { createOperationMatcher } from "./operation-matcher.js";
import type { ClientOptionsWith } from "./options/client-options.js";
import { validateOptions } from "./options/validate-options.js";
import { withDefaults } from "./options/with-defaults.js";
import { sharedMemoryStore } from "./rate-limit/memory-store.js";
import { RateLimiter } from "./rate-limit/rate-limiter.js";
import { createWindowSelector } from "./rate-limit/window-selector.js";
import { stringifyJson } from "./request/json-body.js";
import { createClient } from "./request/openapi-fetch-interop.js";
import { serializePath } from "./request/path-serializer.js";
import { createInt64QuerySerializer } from "./request/query-serializer.js";
import { DEFAULT_RETRY } from "./retry/retry-options.js";

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
  const base = new URL(baseUrl);
  const rateLimit = options.rateLimit === false ? undefined : (options.rateLimit ?? {});
  const limiter = new RateLimiter({ store: rateLimit?.store ?? sharedMemoryStore, maxWaitMs: rateLimit?.maxWaitMs ?? DEFAULT_MAX_WAIT_MS });
  const match = createOperationMatcher(definition.metadata.operations, base.pathname);
  const windows = rateLimit ? (rateLimit.windows ?? definition.metadata.rateLimits?.windows ?? []) : [];

  const apiFetch = createApiFetch({
    factory,
    definition,
    // Looked up per call, so a test (or a polyfill) that replaces globalThis.fetch later is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    scope: { origin: base.origin, headerNames: authHeaderNames(definition.auth) },
    match,
    windowsFor: createWindowSelector(windows, rateLimit?.timeScale ?? 1),
    rateLimitHeaders: definition.metadata.rateLimits?.headers,
    tierFor: (hasCredential) => (definition.tier ? definition.tier(hasCredential, rateLimit?.tier) : rateLimit?.tier),
    resolveCredential: createCredentialResolver(definition, options[definition.credentialName as Name]),
    rejections: new CredentialRejections(),
    limiter,
    retry: options.retry === false ? false : withDefaults(DEFAULT_RETRY, options.retry),
    timeoutMs: options.timeoutMs === 0 ? undefined : (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    logger: options.logger ?? silentLogger,
  });

  // Declared 64-bit fields (snowflakes) go out as exact integers wherever they appear.
  const int64Fields = definition.metadata.int64Fields?.length ? new Set(definition.metadata.int64Fields) : undefined;
  return createClient<Paths, "application/json">({
    baseUrl,
    fetch: apiFetch,
    headers: { "User-Agent": options.userAgent ?? definition.defaultUserAgent },
    pathSerializer: (url, params) => serializePath(url, params, int64Fields),
    bodySerializer: (body: unknown) => (body instanceof FormData ? body : stringifyJson(body, int64Fields)) as never,
    ...(int64Fields ? { querySerializer: createInt64QuerySerializer(int64Fields) as never } : {}),
  });
}
