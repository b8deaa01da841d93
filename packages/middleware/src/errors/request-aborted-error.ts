import { ApiError } from "./api-error.js";

/** The caller's `AbortSignal` fired, while waiting for a rate-limit slot or during the request. `cause` is the signal's reason. */
export class RequestAbortedError extends ApiError {
  override name = "RequestAbortedError";
}
