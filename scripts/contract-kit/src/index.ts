export { loadBundledSpec, type OpenApiDocument } from "./load-spec.js";
export { createOperationMatcher, type OperationRef } from "./operation-matcher.js";
export { startRecordingProxy, type RecordedCall, type RecordingProxy } from "./recording-proxy.js";
export { createResponseValidator } from "./response-validator.js";
export { uncoveredOperations } from "./coverage.js";
export { prismGlobalSetup } from "./prism-global-setup.js";
export { createRequestBodyValidator } from "./request-body-validator.js";
export {
  createDocumentedExampleChecker,
  documentedExamplesPath,
  loadDocumentedExamples,
  type DocumentedExample,
} from "./documented-examples.js";
export {
  announcedFixedWindow,
  pluralKitGcra,
  slidingWindow,
  startLimitEnforcingServer,
  type EnforcedLimit,
  type EnforcingServer,
  type EnforcingServerOptions,
} from "./limit-enforcing-server.js";
export { describeOperationContracts, type CallInit, type OperationCase, type OperationContractOptions } from "./operation-contracts.js";
export { describeDocumentedExamples } from "./describe-documented-examples.js";
export { connectRedis } from "./connect-redis.js";
export { startRedisServer, type RedisServer } from "./redis-server.js";
export {
  alternatives,
  resolvePointer,
  typeSummary,
  UnsupportedSchemaError,
  type Alternative,
  type JsonType,
  type SchemaNode,
  type SchemaRef,
} from "./json-schema-alternatives.js";
export { subschemaDifferences, type SchemaDifference, type SubsetOptions } from "./json-schema-subset.js";
export { sampleInstances, type SampleOptions } from "./json-schema-samples.js";
export { createSchemaComparer, type SchemaSide } from "./schema-cross-check.js";
export { operationSchemas, type MediaSchema, type OperationSchemas, type ParameterSchema } from "./operation-schemas.js";
export { contractHarness } from "./contract-harness.js";
export { describeNamedOperations, namedCallArguments, type NamedOperationOptions } from "./named-calls.js";
export { describeTestKitCoverage, type KitUnderTest, type TestKitCoverageOptions, testKitServer } from "./test-kit-coverage.js";
export { responseSchemaProblems } from "./response-schema-problems.js";
