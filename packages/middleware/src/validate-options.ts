// Bad options fail when the client is built, with a TypeError that names the
// option; a credential's text never appears in the message.
import type { ApiDefinition } from "./api-definition.js";
import { credentialProblem } from "./auth/credential.js";
import type { CommonClientOptions } from "./client-options.js";

const isNonNegative = (n: unknown) => typeof n === "number" && Number.isFinite(n) && n >= 0;

export function validateOptions(factory: string, definition: ApiDefinition, options: CommonClientOptions & Record<string, unknown>): void {
  const fail = (problem: string) => {
    throw new TypeError(`${factory}: ${problem}`);
  };
  if (options === null || typeof options !== "object") fail("options must be an object");
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
  if (options.userAgent !== undefined && (typeof options.userAgent !== "string" || !/^[^\r\n]+$/.test(options.userAgent.trim()))) {
    fail("userAgent must be a non-empty single-line string");
  }
  if (options.timeoutMs !== undefined && !isNonNegative(options.timeoutMs)) fail("timeoutMs must be a number ≥ 0");
  if (options.logger !== undefined && typeof options.logger?.warn !== "function") fail("logger must have debug, info and warn methods");
  const { retry, rateLimit } = options;
  if (retry !== undefined && retry !== false) {
    if (typeof retry !== "object" || retry === null) fail("retry must be false or an object");
    for (const key of ["limit", "initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
      if (retry[key] !== undefined && !isNonNegative(retry[key])) fail(`retry.${key} must be a number ≥ 0`);
    }
    if (retry.limit !== undefined && !Number.isInteger(retry.limit)) fail("retry.limit must be a whole number");
  }
  if (rateLimit !== undefined && rateLimit !== false) {
    if (typeof rateLimit !== "object" || rateLimit === null) fail("rateLimit must be false or an object");
    if (rateLimit.maxWaitMs !== undefined && !isNonNegative(rateLimit.maxWaitMs)) fail("rateLimit.maxWaitMs must be a number ≥ 0");
    if (rateLimit.timeScale !== undefined && !(isNonNegative(rateLimit.timeScale) && rateLimit.timeScale > 0)) {
      fail("rateLimit.timeScale must be a number > 0");
    }
    for (const window of rateLimit.windows ?? []) {
      if (!(Number.isInteger(window.limit) && window.limit > 0)) fail(`rateLimit.windows "${window.id}": limit must be a whole number > 0`);
      if (!(isNonNegative(window.windowSeconds) && window.windowSeconds > 0))
        fail(`rateLimit.windows "${window.id}": windowSeconds must be > 0`);
    }
    if (rateLimit.store !== undefined && typeof rateLimit.store?.tryAcquire !== "function")
      fail("rateLimit.store must implement LimiterStore");
  }
}
