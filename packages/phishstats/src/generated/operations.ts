// Generated from specs/phishstats/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { OperationMethod } from "@api-clients/middleware";
import type { operations } from "./schema.js";

/** Every operation of the API as a method named by its operationId: `client.getSystem({ systemRef: "@me" })`. */
export interface NamedOperations {
  /** List phishing records (`GET /phishing`) */
  listPhishing: OperationMethod<operations["listPhishing"]>;
}
