import { ApiError } from "./api-error.js";

/**
 * The credential was answered with 401 before, so this call was not sent.
 * Phisherman asks clients to stop using a key once it is rejected; a new
 * token (e.g. from a token function) clears this.
 */
export class InvalidCredentialError extends ApiError {
  override name = "InvalidCredentialError";
}
