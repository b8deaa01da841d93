import { ApiError } from "./api-error.js";

/** The caller's `AbortSignal` fired, while waiting for a rate-limit slot or during the request. `cause` is the signal's reason. */
export class RequestAbortedError extends ApiError {
  override name = "RequestAbortedError";
}

/** The one wording for "the caller's signal fired" during `request` ("GET /path"). Internal. */
export function abortedByCaller(request: string, reason: unknown): RequestAbortedError {
  return new RequestAbortedError(`${request}: aborted by the caller`, { request, cause: reason });
}
