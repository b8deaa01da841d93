import { listOperations } from "@api-clients/codegen";

/** @param {any} spec */
export const countOperations = (spec) => listOperations(spec).length;
