import { ApiError } from "./api-error.js";

/** An attempt took longer than `timeoutMs`. Distinct from {@link RequestAbortedError}, which the caller caused. */
export class TimeoutError extends ApiError {
  override name = "TimeoutError";
}
