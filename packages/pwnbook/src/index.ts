export { createPwnbookClient, type Engagement, type Member, type PwnbookClient } from "./create-client.js";
export type { PwnbookClientOptions } from "./client-options.js";
export { CLOUD_BASE_URL, pwnbookBaseUrl } from "./base-url.js";
export { pwnbookDefinition } from "./definition.js";
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
  RateLimitError,
  RequestAbortedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  unwrap,
  type Paginator,
} from "@api-clients/middleware";
