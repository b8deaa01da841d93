import { ApiError } from "./api-error.js";

/** 400 or 422, the request was rejected as invalid (RFC 9110 §15.5.1). */
export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
