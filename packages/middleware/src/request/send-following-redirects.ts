// Sends one attempt and follows redirects by hand, so the credential goes
// only to the configured API origin: a redirect to another origin is followed
// without the auth header (the Fetch standard drops `Authorization` there
// too, but not custom headers like `X-API-Key`). RFC 9110 §15.4: 303, and
// 301/302 after a POST, continue as a GET without a body.
import { ConnectionError } from "../errors/connection-error.js";
import { pathOnOrigin } from "./path-on-origin.js";
import { RequestPlan } from "./request-plan.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export interface Attempt {
  /** What openapi-fetch built for this call: a plan or a Request. */
  original: Request | RequestPlan;
  /** Its absolute URL (passed, because `Request.url` serializes it again on every read). */
  url: string;
  method: string;
  body: ArrayBuffer | string | undefined;
  signal: AbortSignal | undefined;
  /** The auth header to add while the target is `apiOrigin`. */
  auth: [name: string, value: string] | undefined;
  /** Every header name that may carry the credential, removed off-origin. */
  authHeaderNames: readonly string[];
  apiOrigin: string;
  request: string;
  /**
   * Let fetch follow redirects itself. Only safe when the credential is in
   * `Authorization` and fetch is the platform's: the Fetch standard (and
   * Node's undici) drops that header on a cross-origin redirect, but not
   * custom headers, and a caller's own fetch may not.
   */
  followNatively: boolean;
}

export function sendFollowingRedirects(fetchImpl: typeof fetch, attempt: Attempt): Promise<Response> {
  const { original, url, method, body, signal } = attempt;
  if (!attempt.followNatively) return followManually(fetchImpl, attempt);
  if (pathOnOrigin(url, attempt.apiOrigin) !== undefined) {
    // The credential goes on this call's own headers, addressed to the API origin.
    if (attempt.auth) original.headers.set(attempt.auth[0], attempt.auth[1]);
    if (original instanceof RequestPlan) {
      // fetch builds the call's one Request from what openapi-fetch would have built it from.
      return fetchImpl(url, { method, headers: original.headers, body, redirect: original.redirect, signal });
    }
    // Hand fetch the Request itself: it keeps the caller's per-call options
    // (redirect, cache, keepalive…), and fetch copies its parsed URL and
    // header list instead of parsing and validating them again.
    const init: RequestInit = {};
    if (signal !== undefined) init.signal = signal;
    if (body !== undefined) init.body = body;
    return fetchImpl(original, init);
  }
  const headers = new Headers(original.headers);
  withAuthOnApiOrigin(headers, url, attempt);
  return fetchImpl(url, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : body, signal: attempt.signal });
}

function withAuthOnApiOrigin(headers: Headers, url: string, attempt: Attempt): void {
  if (attempt.auth && pathOnOrigin(url, attempt.apiOrigin) !== undefined) headers.set(attempt.auth[0], attempt.auth[1]);
  else for (const name of attempt.authHeaderNames) headers.delete(name);
}

async function followManually(fetchImpl: typeof fetch, attempt: Attempt): Promise<Response> {
  let { url, method, body } = attempt;
  const headers = new Headers(attempt.original.headers);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    withAuthOnApiOrigin(headers, url, attempt);
    // A URL and an init, not a Request: fetch builds its own, and every
    // Request we built would cost another copy of the headers and a signal.
    const response = await fetchImpl(url, {
      method,
      headers,
      body: method === "GET" || method === "HEAD" ? undefined : body,
      signal: attempt.signal,
      redirect: "manual",
    });
    if (response.type === "opaqueredirect") {
      throw new ConnectionError(
        `${attempt.request}: the server redirected, and this environment's fetch cannot follow redirects manually`,
        {
          request: attempt.request,
        },
      );
    }
    const location = response.headers.get("location");
    if (!REDIRECTS.has(response.status) || !location) return response;
    await response.body?.cancel();
    url = new URL(location, url).href;
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
      headers.delete("content-type");
    }
  }
  throw new ConnectionError(`${attempt.request}: more than ${MAX_REDIRECTS} redirects`, { request: attempt.request });
}
