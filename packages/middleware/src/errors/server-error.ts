import { ApiError } from "./api-error.js";

/** 5xx (RFC 9110 §15.6), after the retries allowed for this request. */
export class ServerError extends ApiError {
  override name = "ServerError";
}
