// A small made-up API for these tests: one GET, Bearer auth, windows given per test.
import {
  type ApiDefinition,
  type ClientOptionsWith,
  createApiClient,
  type RateLimitMetadata,
  type RateLimitWindow,
} from "@api-clients/middleware";

export interface TestPaths {
  "/items/{itemId}": {
    parameters: { query?: never; header?: never; path: { itemId: string }; cookie?: never };
    get: {
      parameters: { path: { itemId: string } };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { "application/json": { ok: boolean } } } };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

/** A client of the test API; `limits` is its windows, or the whole x-rate-limits (windows and headers). */
export function testClient(serverUrl: string, limits: RateLimitWindow[] | RateLimitMetadata, options: ClientOptionsWith<"token">) {
  const definition: ApiDefinition & { credentialName: "token" } = {
    metadata: {
      api: "redistest",
      title: "Redis test API",
      version: "1",
      serverUrl,
      rateLimits: Array.isArray(limits) ? { windows: limits } : limits,
      operations: {
        getItem: {
          method: "GET",
          path: "/items/{itemId}",
          tag: null,
          deprecated: false,
          permissions: [],
          pagination: null,
          query: [],
          anonymous: true,
        },
      },
    },
    auth: { type: "bearer" },
    credentialName: "token",
    defaultUserAgent: "redis-store-tests",
    parseError: () => ({}),
  };
  return createApiClient<TestPaths, "token">("createTestClient", definition, { retry: false, ...options });
}
