export { startPrism } from "./start-prism.mjs";
export { freePort } from "./free-port.mjs";
export { bundledSpecPath } from "./spec-path.mjs";
