import { ApiError } from "./api-error.js";

/** 404 (RFC 9110 §15.5.5). */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
