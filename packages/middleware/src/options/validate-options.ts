// Bad options fail when the client is built, with a TypeError that names the
// option; a credential's text never appears in the message.
import type { ApiDefinition } from "../api-definition.js";
import { credentialProblem } from "../auth/credential.js";
import { headerValueProblem } from "../request/header-value.js";
import { RETRY_OPTION_NAMES } from "../retry/retry-options.js";
import { COMMON_OPTION_NAMES, type CommonClientOptions, RATE_LIMIT_OPTION_NAMES } from "./client-options.js";
import { CREDENTIAL_WORDS } from "./closest-name.js";
import { rejectUnknownOptions } from "./unknown-options.js";

const ALGORITHMS: readonly string[] = ["gcra", "sliding-window", "fixed-window", "header-announced"];

/**
 * The longest delay a timer takes (2^31 − 1 ms, about 24.8 days). Node and
 * browsers fire a longer setTimeout after 1 ms instead
 * (https://nodejs.org/api/timers.html#settimeoutcallback-delay-args), so a
 * larger timeoutMs would time every request out at once and a larger wait
 * would spin: every option that becomes a timer is held to this.
 */
const MAX_DELAY_MS = 2 ** 31 - 1;

export function validateOptions(factory: string, definition: ApiDefinition, options: CommonClientOptions & Record<string, unknown>): void {
  const fail = (problem: string): never => {
    throw new TypeError(`${factory}: ${problem}`);
  };
  const check = (ok: unknown, problem: string) => ok || fail(problem);
  /** A number option: `undefined` or finite and ≥ `min` (> when `above`), whole when asked, at most a timer's delay when a delay. */
  const number = (name: string, value: unknown, { min = 0, above = false, whole = false, delay = false } = {}) => {
    if (value === undefined) return;
    const n = value as number;
    check(
      typeof n === "number" && Number.isFinite(n) && (above ? n > min : n >= min),
      `${name} must be a number ${above ? ">" : "≥"} ${min}`,
    );
    check(!whole || Number.isInteger(n), `${name} must be a whole number`);
    check(!delay || n <= MAX_DELAY_MS, `${name} must be at most ${MAX_DELAY_MS} ms (about 24.8 days), the longest timer delay`);
  };
  const object = (name: string, value: unknown) => check(typeof value === "object" && value !== null, `${name} must be false or an object`);

  check(typeof options === "object" && options !== null, "options must be an object");
  const { credentialName } = definition;
  rejectUnknownOptions(fail, options, [credentialName, ...COMMON_OPTION_NAMES, ...(definition.extraOptions ?? [])], {
    synonyms: { [credentialName]: CREDENTIAL_WORDS, retry: ["retries", "maxRetries"], timeoutMs: ["timeout"] },
  });
  const credential = options[credentialName];
  if (credential !== undefined && typeof credential !== "function") {
    const problem = credentialProblem(credential, credentialName) ?? definition.credentialProblem?.(credential as string);
    if (problem) fail(problem);
  }
  if (options.baseUrl !== undefined) {
    const url = URL.canParse(options.baseUrl) ? new URL(options.baseUrl) : undefined;
    check(url?.protocol === "http:" || url?.protocol === "https:", "baseUrl must be an absolute http(s) URL");
    check(!url!.search && !url!.hash, "baseUrl must not have a query string or a fragment");
  }
  check(options.fetch === undefined || typeof options.fetch === "function", "fetch must be a function");
  if (options.userAgent !== undefined) {
    const problem = headerValueProblem(options.userAgent);
    if (problem) fail(`userAgent ${problem}`);
  }
  number("timeoutMs", options.timeoutMs, { delay: true });
  check(options.logger === undefined || typeof options.logger?.warn === "function", "logger must have debug, info and warn methods");
  const { retry, rateLimit } = options;
  if (retry !== undefined && retry !== false) {
    object("retry", retry);
    rejectUnknownOptions(fail, retry, RETRY_OPTION_NAMES, {
      prefix: "retry.",
      synonyms: { limit: ["retries", "maxRetries", "attempts", "maxAttempts"] },
    });
    number("retry.limit", retry.limit, { whole: true });
    for (const key of ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) number(`retry.${key}`, retry[key], { delay: true });
  }
  if (rateLimit !== undefined && rateLimit !== false) {
    object("rateLimit", rateLimit);
    rejectUnknownOptions(fail, rateLimit, RATE_LIMIT_OPTION_NAMES, { prefix: "rateLimit." });
    number("rateLimit.maxWaitMs", rateLimit.maxWaitMs, { delay: true });
    number("rateLimit.timeScale", rateLimit.timeScale, { above: true });
    for (const window of rateLimit.windows ?? []) {
      const name = `rateLimit.windows "${window.id}"`;
      check(ALGORITHMS.includes(window.algorithm), `${name}: algorithm must be one of ${ALGORITHMS.join(", ")}`);
      if (window.algorithm === "header-announced") continue;
      number(`${name}: limit`, window.limit ?? 0, { above: true, whole: true });
      number(`${name}: windowSeconds`, window.windowSeconds ?? 0, { above: true });
      number(`${name}: burst`, window.burst, { above: true, whole: true });
    }
    check(
      rateLimit.store === undefined || typeof rateLimit.store?.tryAcquire === "function",
      "rateLimit.store must implement LimiterStore",
    );
  }
}
