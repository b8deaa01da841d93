// Turns an error response into the ApiError subclass for its status, with the
// API's own code and message read from its envelope. The server's text in the
// message is capped (a hostile or broken server can send megabytes); the
// whole body read stays on `error.body`.
import type { ErrorEnvelope } from "../api-definition.js";
import { ApiError, type ApiErrorDetails } from "./api-error.js";
import { BadRequestError } from "./bad-request-error.js";
import { ConflictError } from "./conflict-error.js";
import { ForbiddenError } from "./forbidden-error.js";
import { NotFoundError } from "./not-found-error.js";
import { RateLimitError } from "./rate-limit-error.js";
import { ServerError } from "./server-error.js";
import { UnauthorizedError } from "./unauthorized-error.js";

const byStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: BadRequestError,
  429: RateLimitError,
};

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "cf-ray"];

/** The most of the server's own message copied into `error.message`, in characters. */
export const MAX_MESSAGE_TEXT = 500;

export function errorFromResponse(
  response: Response,
  body: unknown,
  envelope: ErrorEnvelope,
  request: string,
  extra: Pick<ApiErrorDetails, "retryAfterMs"> & { truncatedAt?: number | undefined } = {},
): ApiError {
  const ErrorClass = byStatus[response.status] ?? (response.status >= 500 ? ServerError : ApiError);
  const requestId = envelope.requestId ?? REQUEST_ID_HEADERS.map((h) => response.headers.get(h)).find((v) => v) ?? undefined;
  const text = typeof envelope.message === "string" ? envelope.message : undefined;
  const said = text ? `: ${text.length > MAX_MESSAGE_TEXT ? `${text.slice(0, MAX_MESSAGE_TEXT)}… (${text.length} characters)` : text}` : "";
  const code = envelope.code !== undefined ? ` (code ${String(envelope.code).slice(0, 100)})` : "";
  const cut = extra.truncatedAt === undefined ? "" : ` [body cut at ${extra.truncatedAt} bytes]`;
  return new ErrorClass(`${request} failed with ${response.status}${code}${said}${cut}`, {
    status: response.status,
    code: envelope.code,
    request,
    requestId,
    body,
    retryAfterMs: extra.retryAfterMs,
  });
}
