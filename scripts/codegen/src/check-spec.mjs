// House-style checks that redocly's ruleset cannot express (specs/CONVENTIONS.md):
// the vendor extensions' shapes, that they name real operations, and that every
// 2xx body has a named example for Prism and the docs.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { extensionsSchema } from "./paths.mjs";
import { findInt64Fields } from "./int64-fields.mjs";
import { deref, listOperations } from "./spec-operations.mjs";

function compileValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  ajv.addSchema(JSON.parse(readFileSync(extensionsSchema, "utf8")));
  const ref = (name) => ajv.getSchema(`https://api-clients.dev/schemas/extensions.schema.json#/$defs/${name}`);
  return { rateLimits: ref("rateLimits"), pagination: ref("pagination"), permissions: ref("permissions"), ajv };
}

/**
 * @param {any} document bundled spec
 * @returns {string[]} problems, empty when the spec follows the house style
 */
export function checkSpec(document) {
  const validators = compileValidators();
  const problems = [];
  const validate = (validator, value, where) => {
    if (!validator(value)) problems.push(`${where}: ${validators.ajv.errorsText(validator.errors)}`);
  };

  const operations = listOperations(document);
  const operationIds = new Set(operations.map((op) => op.operationId));

  const rateLimits = document["x-rate-limits"];
  if (rateLimits !== undefined) {
    validate(validators.rateLimits, rateLimits, "x-rate-limits");
    for (const window of rateLimits.windows ?? []) {
      const named = [...(window.appliesTo?.operations ?? []), ...(window.appliesTo?.exceptOperations ?? [])];
      for (const id of named) {
        if (!operationIds.has(id)) problems.push(`x-rate-limits window "${window.id}" names unknown operation "${id}"`);
      }
    }
  }

  for (const { operationId, method, path, operation } of operations) {
    const where = `${method} ${path}`;
    if (!operationId) problems.push(`${where}: no operationId`);
    if (operation["x-pagination"] !== undefined) validate(validators.pagination, operation["x-pagination"], `${where} x-pagination`);
    if (operation["x-permissions"] !== undefined) validate(validators.permissions, operation["x-permissions"], `${where} x-permissions`);
    for (const [status, responseOrRef] of Object.entries(operation.responses ?? {})) {
      if (!/^2\d\d$/.test(status)) continue;
      const response = deref(document, responseOrRef);
      for (const [mediaType, media] of Object.entries(response?.content ?? {})) {
        if (!media.examples || Object.keys(media.examples).length === 0) {
          problems.push(`${where} ${status} ${mediaType}: no named example under examples`);
        }
      }
    }
  }
  problems.push(...findInt64Fields(document).clashes);
  return problems;
}
