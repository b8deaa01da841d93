import { ApiError } from "./api-error.js";

/**
 * The credential was answered with 401, so this call was not sent (or, if it
 * was waiting for a slot or a retry, was not sent again). Phisherman asks
 * clients to stop using a key once it is rejected; a new client, or a
 * credential function returning a new token, starts clean.
 */
export class InvalidCredentialError extends ApiError {
  override name = "InvalidCredentialError";
}

/** The one wording for a call stopped by an earlier 401. Internal. */
export function rejectedBefore(request: string, credentialName: string): InvalidCredentialError {
  return new InvalidCredentialError(`${request}: not sent, the ${credentialName} was rejected with 401`, { request, status: 401 });
}
