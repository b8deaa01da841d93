export { apiPaths, redoclyConfig, repoRoot } from "./paths.mjs";
export { checkSpec } from "./check-spec.mjs";
export { deref, listOperations } from "./spec-operations.mjs";
export { lintSpec, generate } from "./commands.mjs";
export { runRedocly } from "./run-redocly.mjs";
