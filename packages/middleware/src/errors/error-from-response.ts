// Turns an error response into the ApiError subclass for its status, with the
// API's own code and message read from its envelope.
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

export function errorFromResponse(
  response: Response,
  body: unknown,
  envelope: ErrorEnvelope,
  request: string,
  extra: Pick<ApiErrorDetails, "retryAfterMs"> = {},
): ApiError {
  const ErrorClass = byStatus[response.status] ?? (response.status >= 500 ? ServerError : ApiError);
  const requestId = envelope.requestId ?? REQUEST_ID_HEADERS.map((h) => response.headers.get(h)).find((v) => v) ?? undefined;
  const said = envelope.message ? `: ${envelope.message}` : "";
  const code = envelope.code !== undefined ? ` (code ${envelope.code})` : "";
  return new ErrorClass(`${request} failed with ${response.status}${code}${said}`, {
    status: response.status,
    code: envelope.code,
    request,
    requestId,
    body,
    ...extra,
  });
}
