// The root of every error this library throws. Each carries what a caller
// needs to decide what to do, and never a credential: messages are built from
// the method, the path and the API's own words, and `redactSecrets` removes
// any known secret text from them before they are stored.

export interface ApiErrorDetails {
  /** HTTP status, or undefined when no response came back (network, timeout, abort). */
  status?: number | undefined;
  /** The API's own error code from its error envelope (PluralKit `code`, Pwnbook `error.code`, …). */
  code?: string | number | undefined;
  /** The request this error belongs to, as `METHOD /path` without the query string. */
  request?: string | undefined;
  /** A request id the server sent back (header or body), for support tickets. */
  requestId?: string | undefined;
  /** When the server said to try again, in ms from when the error was made. */
  retryAfterMs?: number | undefined;
  /** The parsed error body, as the API sent it. */
  body?: unknown;
  cause?: unknown;
}

export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number | undefined;
  readonly code: string | number | undefined;
  readonly request: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly body: unknown;

  constructor(message: string, details: ApiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.code = details.code;
    this.request = details.request;
    this.requestId = details.requestId;
    this.retryAfterMs = details.retryAfterMs;
    this.body = details.body;
  }
}
