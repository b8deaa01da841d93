import { ApiError } from "./api-error.js";

/** 409 (RFC 9110 §15.5.10). */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
