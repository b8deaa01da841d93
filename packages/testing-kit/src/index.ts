export {
  createTestKit,
  type ErrorOptions,
  type HandleOptions,
  type HandlerOptions,
  type QuotaExceededOptions,
  type RateLimitedOptions,
  type TestKit,
  type TestKitOptions,
  type TestKitSource,
} from "./create-test-kit.js";
export { type OnViolation, SpecViolationError, type ViolationKind } from "./spec-violation.js";
export type {
  OperationIdOf,
  OperationResolver,
  OperationsShape,
  ParamsIn,
  Reply,
  RequestBodyOf,
  ResolverInput,
  SuccessBody,
} from "./types.js";
export type { OpenApiDocument } from "./openapi-document.js";
