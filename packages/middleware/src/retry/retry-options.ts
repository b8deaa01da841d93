import { optionNames } from "../options/option-names.js";

/** When and how often a failed request is sent again. Each option also accepts `undefined`, meaning its default. */
export interface RetryOptions {
  /** How many times a request may be re-sent after its first attempt. Default: `2`. */
  limit?: number | undefined;
  /** Backoff before the first re-send, in ms (doubled for each next one). Default: `500`. */
  initialDelayMs?: number | undefined;
  /** Longest backoff between attempts, in ms. Default: `8000`. */
  maxDelayMs?: number | undefined;
  /**
   * A server's timing hint (Retry-After, a reset header, a body field) wins
   * over the backoff, up to this many ms; a longer one is not waited for and
   * the error is returned. Default: `60000`.
   */
  maxRetryAfterMs?: number | undefined;
  /** Statuses that are re-sent for idempotent methods. Default: `[408, 500, 502, 503, 504]`. */
  statusCodes?: readonly number[] | undefined;
  /**
   * Methods re-sent after a 5xx, a timeout or a network error (RFC 9110 §9.2.2
   * idempotent methods). POST and PATCH are not, unless an API makes them so.
   * A 429 is re-sent for every method: the server did not process it.
   * Default: `["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]`.
   */
  methods?: readonly string[] | undefined;
}

export type ResolvedRetryOptions = { [K in keyof RetryOptions]-?: Exclude<RetryOptions[K], undefined> };

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  limit: 2,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
  statusCodes: [408, 500, 502, 503, 504],
  methods: ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"],
};

export const RETRY_OPTION_NAMES = optionNames<RetryOptions>()([
  "limit",
  "initialDelayMs",
  "maxDelayMs",
  "maxRetryAfterMs",
  "statusCodes",
  "methods",
]);
