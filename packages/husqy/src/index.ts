export { createHusqyClient, type HusqyClient } from "./create-client.js";
export type { HusqyClientOptions } from "./client-options.js";
export { HUSQY_MODULES, type HusqyModule, type ModulePaths } from "./modules.js";
export type { HusqyModuleClient } from "./module-client.js";
export { husqyDefinition } from "./definition.js";
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
} from "@api-clients/middleware";
