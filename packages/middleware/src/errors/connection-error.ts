import { ApiError } from "./api-error.js";

/** No HTTP response: DNS, refused or reset connection, TLS failure. `cause` holds the fetch error. */
export class ConnectionError extends ApiError {
  override name = "ConnectionError";
}
