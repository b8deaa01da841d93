export { createPhishermanClient, type DomainInfo, type PhishermanClient } from "./create-client.js";
export type { PhishermanClientOptions } from "./client-options.js";
export type { Classification, DomainCheck } from "./classify-domain.js";
export { normalizeDomain } from "./normalize-domain.js";
export type { GuildId } from "./guild-id.js";
export { phishermanDefinition } from "./definition.js";
export { apiMetadata, type OperationId } from "./generated/metadata.js";
export type { paths, components, operations } from "./generated/schema.js";
export {
  ApiError,
  BadRequestError,
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
} from "@api-clients/middleware";
