export { createPluralKitClient, DEFAULT_USER_AGENT, type PluralKitClient } from "./create-client.js";
export type { PluralKitClientOptions } from "./client-options.js";
export { pluralKitDefinition } from "./definition.js";
export { apiMetadata, type OperationId } from "./generated/metadata.js";
export type { paths, components, operations } from "./generated/schema.js";
export {
  ApiError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ForbiddenError,
  InvalidCredentialError,
  MalformedResponseError,
  MissingCredentialError,
  NotFoundError,
  QuotaExceededError,
  RateLimitError,
  RequestAbortedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  unwrap,
} from "@api-clients/middleware";
