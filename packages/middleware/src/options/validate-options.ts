// Bad options fail when the client is built, with a TypeError that names the
// option; a credential's text never appears in the message.
import type { ApiDefinition } from "../api-definition.js";
import { credentialProblem } from "../auth/credential.js";
import { headerValueProblem } from "../request/header-value.js";
import { RETRY_OPTION_NAMES } from "../retry/retry-options.js";
import { COMMON_OPTION_NAMES, type CommonClientOptions, RATE_LIMIT_OPTION_NAMES } from "./client-options.js";
import { CREDENTIAL_WORDS } from "./closest-name.js";
import { rejectUnknownOptions } from "./unknown-options.js";

const ALGORITHMS = ["gcra", "sliding-window", "fixed-window", "header-announced"] as const;

const isNonNegative = (n: unknown) => typeof n === "number" && Number.isFinite(n) && n >= 0;

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
  const checkDelay = (name: string, value: unknown) => {
    if (value === undefined) return;
    if (!isNonNegative(value)) fail(`${name} must be a number ≥ 0`);
    if ((value as number) > MAX_DELAY_MS) fail(`${name} must be at most ${MAX_DELAY_MS} ms (about 24.8 days), the longest timer delay`);
  };
  if (options === null || typeof options !== "object") fail("options must be an object");
  const { credentialName } = definition;
  rejectUnknownOptions(fail, options, [credentialName, ...COMMON_OPTION_NAMES, ...(definition.extraOptions ?? [])], {
    synonyms: { [credentialName]: CREDENTIAL_WORDS, retry: ["retries", "maxRetries"], timeoutMs: ["timeout"] },
  });
  const credential = options[definition.credentialName];
  if (credential !== undefined && typeof credential !== "function") {
    const problem = credentialProblem(credential, definition.credentialName) ?? definition.credentialProblem?.(credential as string);
    if (problem) fail(problem);
  }
  if (options.baseUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(options.baseUrl);
    } catch {}
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) fail("baseUrl must be an absolute http(s) URL");
    if (url!.search || url!.hash) fail("baseUrl must not have a query string or a fragment");
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") fail("fetch must be a function");
  if (options.userAgent !== undefined) {
    const problem = headerValueProblem(options.userAgent);
    if (problem) fail(`userAgent ${problem}`);
  }
  checkDelay("timeoutMs", options.timeoutMs);
  if (options.logger !== undefined && typeof options.logger?.warn !== "function") fail("logger must have debug, info and warn methods");
  const { retry, rateLimit } = options;
  if (retry !== undefined && retry !== false) {
    if (typeof retry !== "object" || retry === null) fail("retry must be false or an object");
    rejectUnknownOptions(fail, retry, RETRY_OPTION_NAMES, {
      prefix: "retry.",
      synonyms: { limit: ["retries", "maxRetries", "attempts", "maxAttempts"] },
    });
    if (retry.limit !== undefined && !isNonNegative(retry.limit)) fail("retry.limit must be a number ≥ 0");
    for (const key of ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) checkDelay(`retry.${key}`, retry[key]);
    if (retry.limit !== undefined && !Number.isInteger(retry.limit)) fail("retry.limit must be a whole number");
  }
  if (rateLimit !== undefined && rateLimit !== false) {
    if (typeof rateLimit !== "object" || rateLimit === null) fail("rateLimit must be false or an object");
    rejectUnknownOptions(fail, rateLimit, RATE_LIMIT_OPTION_NAMES, { prefix: "rateLimit." });
    checkDelay("rateLimit.maxWaitMs", rateLimit.maxWaitMs);
    if (rateLimit.timeScale !== undefined && !(isNonNegative(rateLimit.timeScale) && rateLimit.timeScale > 0)) {
      fail("rateLimit.timeScale must be a number > 0");
    }
    for (const window of rateLimit.windows ?? []) {
      const name = `rateLimit.windows "${window.id}"`;
      if (!(ALGORITHMS as readonly string[]).includes(window.algorithm)) fail(`${name}: algorithm must be one of ${ALGORITHMS.join(", ")}`);
      if (window.algorithm === "header-announced") continue;
      if (!(Number.isInteger(window.limit) && window.limit! > 0)) fail(`${name}: limit must be a whole number > 0`);
      if (!(isNonNegative(window.windowSeconds) && window.windowSeconds! > 0)) fail(`${name}: windowSeconds must be > 0`);
      if (window.burst !== undefined && !(Number.isInteger(window.burst) && window.burst > 0))
        fail(`${name}: burst must be a whole number > 0`);
    }
    if (rateLimit.store !== undefined && typeof rateLimit.store?.tryAcquire !== "function")
      fail("rateLimit.store must implement LimiterStore");
  }
}
