import { ApiError } from "./api-error.js";

/**
 * A success response whose body cannot be what it says it is: it declares
 * JSON but is not valid JSON (a proxy's error page, a body cut off by a
 * server that closed cleanly). A body that broke off mid-stream is a
 * ConnectionError instead, since re-sending may help.
 */
export class MalformedResponseError extends ApiError {
  override name = "MalformedResponseError";
}
