// One JSON Schema 2020-12 validator (OpenAPI 3.1's dialect) holding a whole
// spec under the id "spec", so any schema in it can be compiled by pointer.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "./load-spec.js";

// ajv-formats is CommonJS: under NodeNext its default import is the module
// object, whose `default` is the plugin function.
const addFormats = addFormatsModule.default;

export const escapePointer = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");

export function createSpecAjv(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(document as object, "spec");
  const validatorAt = (pointer: string) => ajv.getSchema(`spec#${pointer}`);
  return {
    /** The raw ajv errors of `value` at the schema at `pointer` ([] when valid), or undefined when there is no schema there. */
    errorsAt(pointer: string, value: unknown): ErrorObject[] | undefined {
      const validator = validatorAt(pointer);
      if (!validator) return undefined;
      return validator(value) ? [] : [...(validator.errors ?? [])];
    },
    /** Validates `value` against the schema at `pointer` (e.g. "/components/schemas/Error"); returns problems. */
    validateAt(pointer: string, value: unknown): string[] {
      const validator = validatorAt(pointer);
      if (!validator) return [`no schema at ${pointer}`];
      return validator(value) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
    },
  };
}
