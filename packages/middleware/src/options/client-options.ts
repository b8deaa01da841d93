// The options every `create<Api>Client` takes. Each optional option also
// accepts `undefined` (meaning: the default), so `baseUrl: process.env.X`
// compiles under `exactOptionalPropertyTypes`.
import type { RateLimitWindow } from "../api-metadata.js";
import type { CredentialSource } from "../auth/credential.js";
import type { Logger } from "../logger.js";
import type { LimiterStore } from "../rate-limit/limiter-store.js";
import type { RetryOptions } from "../retry/retry-options.js";
import { optionNames } from "./option-names.js";

/** Proactive rate limiting, from the API's documented windows. */
export interface RateLimitOptions {
  /** Replaces the API's documented windows (e.g. a raised limit). Default: the spec's `x-rate-limits.windows`. */
  windows?: readonly RateLimitWindow[] | undefined;
  /** Which tier's windows apply, for APIs whose limits vary by plan (PhishStats). Default: the API's own default tier. */
  tier?: string | undefined;
  /** Where counts and pauses live. Default: one in-memory store shared by the process; use `@api-clients/redis-store` across processes. */
  store?: LimiterStore | undefined;
  /** A wait for a slot longer than this fails with RateLimitError instead of waiting; at most 2^31 − 1. Default: `120000`. */
  maxWaitMs?: number | undefined;
  /** Multiplies every window's length; tests shrink time with e.g. `0.01`. Default: `1`. */
  timeScale?: number | undefined;
}

/** The options every `create<Api>Client` accepts. */
export interface CommonClientOptions {
  /** The API's root URL. Default: the spec's first server. Must be absolute http(s). */
  baseUrl?: string | undefined;
  /** The fetch to send requests with. Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** `false` turns proactive limiting off (429s are still honoured). Default: the API's documented limits. */
  rateLimit?: false | RateLimitOptions | undefined;
  /** `false` sends every request once (429s included). Default: see {@link RetryOptions}. */
  retry?: false | RetryOptions | undefined;
  /** Per-attempt timeout in ms, covering the response body too; at most 2^31 − 1 (a timer's limit). Default: `30000`; `0` for none. */
  timeoutMs?: number | undefined;
  /** Reports waits, retries and pauses. Default: silent. */
  logger?: Logger | undefined;
  /** Sent as `User-Agent`: printable ASCII on one line (RFC 9110 §10.1.5). Default: the package name; name your app. */
  userAgent?: string | undefined;
}

/** Options plus the credential under the API's own name. */
export type ClientOptionsWith<CredentialName extends string> = CommonClientOptions & {
  [K in CredentialName]?: CredentialSource | undefined;
};

export const COMMON_OPTION_NAMES = optionNames<CommonClientOptions>()([
  "baseUrl",
  "fetch",
  "rateLimit",
  "retry",
  "timeoutMs",
  "logger",
  "userAgent",
]);
export const RATE_LIMIT_OPTION_NAMES = optionNames<RateLimitOptions>()(["windows", "tier", "store", "maxWaitMs", "timeScale"]);
