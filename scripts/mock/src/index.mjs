export { startPrism } from "./start-prism.mjs";
export { freePort } from "./free-port.mjs";
export { bundledSpecPath } from "./spec-path.mjs";
export { checkApiName, knownApis } from "./known-apis.mjs";
export { basePathOf, underBasePath } from "./base-path.mjs";
