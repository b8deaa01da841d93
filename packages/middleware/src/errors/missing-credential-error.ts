import { ApiError } from "./api-error.js";

/**
 * The operation needs a credential (its spec `security` has no anonymous
 * alternative) and the client was built without one, so the call was not
 * sent: the server would only answer 401. The message names the option to set.
 */
export class MissingCredentialError extends ApiError {
  override name = "MissingCredentialError";
}
