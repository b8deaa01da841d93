export { createPluralKitClient, DEFAULT_USER_AGENT, type PluralKitClient } from "./create-client.js";
export type { PluralKitClientOptions } from "./client-options.js";
export { apiMetadata, type OperationId } from "./generated/metadata.js";
export type { paths, components, operations } from "./generated/schema.js";
