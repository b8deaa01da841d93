export { createApiClient, DEFAULT_MAX_WAIT_MS, DEFAULT_TIMEOUT_MS } from "./create-api-client.js";
export type { ApiDefinition, ErrorEnvelope } from "./api-definition.js";
export type {
  ApiMetadata,
  HttpMethod,
  OperationMetadata,
  PaginationMetadata,
  RateLimitHeaderNames,
  RateLimitMetadata,
  RateLimitWindow,
  RetryAfterBodyField,
} from "./api-metadata.js";
export type { AuthScheme } from "./auth/auth-scheme.js";
export type { CredentialSource } from "./auth/credential.js";
export type { ClientOptionsWith, CommonClientOptions, RateLimitOptions } from "./options/client-options.js";
export * from "./errors/index.js";
export type { Logger } from "./logger.js";
export { createOperationMatcher, type MatchedOperation } from "./operation-matcher.js";
export type {
  AcquireResult,
  Announcement,
  AnnouncedWindow,
  CountingWindow,
  GcraWindow,
  LimiterStore,
  MaybePromise,
  Pause,
  WindowSpec,
} from "./rate-limit/limiter-store.js";
export { MemoryStore, sharedMemoryStore } from "./rate-limit/memory-store.js";
export { selectWindows } from "./rate-limit/select-windows.js";
export type { RetryOptions } from "./retry/retry-options.js";
export { stringifyJson } from "./request/json-body.js";
export { unwrap, type FetchResult } from "./unwrap.js";
export { closestName } from "./options/closest-name.js";
export { paginate, type FetchPage, type PaginateOptions, type Paginator } from "./operations/paginate.js";
export type { CallOptions, OperationArgs, OperationMethod, OperationResult } from "./operations/operation-method.js";
export { namedOperations } from "./operations/named-operations.js";
export { paginateOperations, type PagedOperationId, type Paginate, type PageOptions } from "./operations/paginate-operation.js";
export { withOperations, type WithOperations } from "./operations/with-operations.js";
