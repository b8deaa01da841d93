// Sends one attempt and follows redirects by hand, so the credential goes
// only to the API's own origin: a redirect elsewhere is followed without the
// auth header. The Fetch standard drops `Authorization` on a cross-origin
// redirect but not custom headers like PhishStats' `X-API-Key`, and a
// caller's own fetch may drop neither, so no fetch is trusted to follow.
// RFC 9110 §15.4: 303, and 301/302 after a POST, continue as a GET without a body.
import { ConnectionError } from "../errors/connection-error.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

export interface Hop {
  url: string;
  method: string;
  /** The call's own copy of its headers, the credential included (set for the API origin). */
  headers: Headers;
  body: ArrayBuffer | undefined;
  signal: AbortSignal | undefined;
  /** The caller's `redirect` option: follow (by hand), manual (hand back the 3xx) or error. */
  redirect: RequestRedirect;
  /** Per-call fetch options besides these (cache, keepalive, …), passed on as they are. */
  options: RequestInit;
}

export interface CredentialScope {
  /** Every header that may carry the credential, removed off the API origin. */
  headerNames: readonly string[];
  /** The only origin the credential goes to. */
  origin: string;
}

export async function followRedirects(
  fetchImpl: typeof fetch,
  first: Hop,
  credential: CredentialScope,
  request: string,
): Promise<Response> {
  let { url, method, body, headers } = first;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetchImpl(url, {
      ...first.options,
      method,
      headers: withCredential(headers, url, credential),
      body: method === "GET" || method === "HEAD" ? undefined : body,
      signal: first.signal,
      redirect: "manual",
    });
    if (response.type === "opaqueredirect") {
      // A browser hides manual redirects. Only Authorization is safe to let it follow (it drops it cross-origin).
      if (credential.headerNames.some((name) => name.toLowerCase() !== "authorization")) {
        throw new ConnectionError(
          `${request}: redirected, and this environment's fetch cannot follow redirects without leaking the credential`,
          { request },
        );
      }
      return fetchImpl(url, {
        ...first.options,
        method,
        headers: withCredential(headers, url, credential),
        body,
        signal: first.signal,
        redirect: first.redirect,
      });
    }
    const location = response.headers.get("location");
    if (!REDIRECTS.has(response.status) || !location || first.redirect === "manual") return response;
    await response.body?.cancel();
    if (first.redirect === "error")
      throw new ConnectionError(`${request}: redirected to ${new URL(location, url).origin}, and redirect is "error"`, { request });
    url = new URL(location, url).href;
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
      headers = new Headers(headers);
      headers.delete("content-type");
    }
  }
  throw new ConnectionError(`${request}: more than ${MAX_REDIRECTS} redirects`, { request });
}

/** The headers for `url`: as they are on the API origin, without the credential anywhere else. */
function withCredential(headers: Headers, url: string, scope: CredentialScope): Headers {
  // Both serialized by the URL parser, so a prefix match is exact: "https://a.test" + "/".
  if (url.startsWith(scope.origin) && url.charCodeAt(scope.origin.length) === 47) return headers;
  const sent = new Headers(headers);
  for (const name of scope.headerNames) sent.delete(name);
  return sent;
}
