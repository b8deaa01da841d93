import { ApiError } from "./api-error.js";

/** 403, the credential lacks a permission or scope (RFC 9110 §15.5.4); never retried. */
export class ForbiddenError extends ApiError {
  override name = "ForbiddenError";
}
