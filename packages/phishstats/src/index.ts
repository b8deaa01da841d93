export { createPhishStatsClient, type PhishStatsClient } from "./create-client.js";
export type { PhishStatsClientOptions } from "./client-options.js";
export { field, Filter, sortParam, type FieldConditions, type LikePattern, type SortKey, type TextFieldConditions } from "./where.js";
export { NUMERIC_FIELDS, PHISHING_FIELDS, type NumericField, type PhishingField, type PhishingRecord } from "./phishing-fields.js";
export type { IterateOptions } from "./iterate-records.js";
export type { ListQuery } from "./list-query.js";
export { responseCache, PHISHSTATS_REFRESH_MS, type CacheOptions } from "./response-cache.js";
export { phishStatsDefinition, nextUtcMidnight } from "./definition.js";
export { apiMetadata, type OperationId } from "./generated/metadata.js";
export type { paths, components, operations } from "./generated/schema.js";
export {
  ApiError,
  BadRequestError,
  ConnectionError,
  InvalidCredentialError,
  MalformedResponseError,
  MissingCredentialError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  unwrap,
} from "@api-clients/middleware";
