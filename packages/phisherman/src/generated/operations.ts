// Generated from specs/phisherman/openapi.yaml by @api-clients/codegen. Do not edit: run `pnpm generate`.

import type { OperationMethod } from "@api-clients/middleware";
import type { operations } from "./schema.js";

/** Every operation of the API as a method named by its operationId: `client.getSystem({ systemRef: "@me" })`. */
export interface NamedOperations {
  /** Check a domain (`GET /domains/check/{domain}`) */
  checkDomain: OperationMethod<operations["checkDomain"]>;
  /** Get what is known about a domain (`GET /domains/info/{domain}`) */
  getDomainInfo: OperationMethod<operations["getDomainInfo"]>;
  /** Report a detection (`POST /phish/caught/{domain}`) */
  reportCaughtPhish: OperationMethod<operations["reportCaughtPhish"]>;
  /** Report many detections at once (`POST /phish/caught/bulk`) */
  bulkReportCaughtPhish: OperationMethod<operations["bulkReportCaughtPhish"]>;
  /** Report a new phishing site (retired) (`PUT /phish/report`) */
  reportNewPhish: OperationMethod<operations["reportNewPhish"]>;
}
