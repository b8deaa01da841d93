import { ApiError } from "./api-error.js";

/** 401, the credential is missing or invalid (RFC 9110 §15.5.2). */
export class UnauthorizedError extends ApiError {
  override name = "UnauthorizedError";
}
