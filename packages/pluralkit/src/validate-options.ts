// Rejects bad options when the client is built, not on the first request.
// Messages name the option and never echo a token's text.
import type { PluralKitClientOptions } from "./client-options.js";

const HEADER_SAFE = /^[\x21-\x7e]+$/;

export function validateOptions(options: PluralKitClientOptions): void {
  if (options === null || typeof options !== "object") {
    throw new TypeError("createPluralKitClient: options must be an object");
  }
  const { token, baseUrl, fetch, userAgent } = options;
  if (token !== undefined) {
    if (typeof token !== "string" || token.length === 0) {
      throw new TypeError("createPluralKitClient: token must be a non-empty string");
    }
    if (!HEADER_SAFE.test(token)) {
      throw new TypeError("createPluralKitClient: token contains whitespace or characters not allowed in a header");
    }
  }
  if (baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new TypeError("createPluralKitClient: baseUrl must be an absolute http(s) URL");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new TypeError(`createPluralKitClient: baseUrl must use http or https, not ${url.protocol}`);
    }
  }
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new TypeError("createPluralKitClient: fetch must be a function");
  }
  if (userAgent !== undefined && (typeof userAgent !== "string" || userAgent.trim() === "" || /[\r\n]/.test(userAgent))) {
    throw new TypeError("createPluralKitClient: userAgent must be a non-empty single-line string");
  }
}
