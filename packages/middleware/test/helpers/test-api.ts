// A small made-up API for the middleware's own tests: two operations, a
// `{ code, message }` error envelope, and windows given per test.
import { type ApiDefinition, type ApiMetadata, type ClientOptionsWith, createApiClient, type OperationMetadata } from "../../src/index.js";

export interface TestPaths {
  "/items/{itemId}": {
    parameters: { query?: never; header?: never; path: { itemId: string }; cookie?: never };
    get: { parameters: { path: { itemId: string } }; requestBody?: never; responses: Responses };
    put: {
      parameters: { path: { itemId: string } };
      requestBody: { content: { "application/json": Record<string, unknown> } };
      responses: Responses;
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/items": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: Record<string, never>;
      requestBody: { content: { "application/json": Record<string, unknown> } };
      responses: Responses;
    };
    get?: never;
    put?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
type Responses = {
  200: { headers: Record<string, unknown>; content: { "application/json": { id: string; [k: string]: unknown } } };
  default: { headers: Record<string, unknown>; content: { "application/json": { code: number; message: string } } };
};

/** An operation's metadata as the codegen writes it: anonymous, untagged, unpaginated unless `extra` says otherwise. */
export const testOperation = (method: string, path: string, extra: Partial<OperationMetadata> = {}): OperationMetadata => ({
  method,
  path,
  tag: null,
  deprecated: false,
  permissions: [],
  pagination: null,
  anonymous: true,
  query: [],
  ...extra,
});

export const testMetadata = {
  api: "testapi",
  title: "Test API",
  version: "1",
  serverUrl: "https://api.test.invalid/v1",
  rateLimits: {
    windows: [],
    headers: { remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset", resetUnit: "epoch-seconds" },
    retryAfterBody: { field: "retry_after", unit: "milliseconds" },
  },
  operations: {
    getItem: testOperation("GET", "/items/{itemId}", { tag: "Items" }),
    putItem: testOperation("PUT", "/items/{itemId}", { tag: "Items" }),
    createItem: testOperation("POST", "/items", { tag: "Items" }),
  },
} as const satisfies ApiMetadata;

export function testDefinition(overrides: Partial<ApiDefinition> = {}): ApiDefinition & { credentialName: "token" } {
  return {
    metadata: testMetadata,
    auth: { type: "bearer" },
    credentialName: "token",
    defaultUserAgent: "@api-clients/test",
    parseError: (body) => {
      const b = body as { code?: number; message?: string } | undefined;
      return { code: b?.code, message: b?.message };
    },
    ...overrides,
  } as ApiDefinition & { credentialName: "token" };
}

export function testClient(options: ClientOptionsWith<"token"> = {}, definition = testDefinition()) {
  return createApiClient<TestPaths, "token">("createTestClient", definition, {
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}
