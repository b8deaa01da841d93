// Everything about one call that stays the same across its attempts, worked
// out once before the first: what is sent (method, URL, headers with the
// credential, the body read once), with which credential, against which
// rate-limit windows, and whether it may be sent again after a failure.
import { authHeader } from "../auth/auth-scheme.js";
import { MissingCredentialError } from "../errors/missing-credential-error.js";
import { rejectedBefore } from "../errors/invalid-credential-error.js";
import { abortedByCaller } from "../errors/request-aborted-error.js";
import type { WindowSpec } from "../rate-limit/limiter-store.js";
import type { ApiContext } from "./api-context.js";
import { pathOnOrigin } from "./path-on-origin.js";
import { settleWithin } from "./settle-within.js";

export interface Call {
  /** "METHOD /path", naming the call in errors and logs (never the query string). */
  request: string;
  method: string;
  url: string;
  /** This call's own copy of the headers, the credential included: openapi-fetch's Request, which middleware sees, never holds it. */
  headers: Headers;
  /** Read once, sent byte for byte by every attempt. */
  body: ArrayBuffer | undefined;
  redirect: RequestRedirect;
  /** The caller's per-call fetch options that are not the defaults (cache, keepalive, …). */
  options: RequestInit;
  /** The caller's signal (the Request's). */
  signal: AbortSignal;
  /** The spec operation called, when the path is one of the spec's. */
  operationId: string | undefined;
  /** Limiter and 401 state key: a hash of the credential, or the API's anonymous key. */
  key: string;
  /** Whether a credential is sent (a 401 then rejects it). */
  hasCredential: boolean;
  windows: readonly WindowSpec[];
  /** May be sent again after a 5xx, a timeout or a network error. */
  idempotent: boolean;
}

export async function startCall(api: ApiContext, input: RequestInfo | URL, init: RequestInit | undefined): Promise<Call> {
  // openapi-fetch hands over a finished Request (its second argument, requestInitExt, is never set here).
  const original = input instanceof Request && init === undefined ? input : new Request(input, init);
  const { method, url, signal } = original;
  const pathname = pathOnOrigin(url, api.scope.origin) ?? new URL(url).pathname;
  const request = `${method} ${pathname}`;
  if (signal.aborted) throw abortedByCaller(request, signal.reason);
  const body = original.body === null ? undefined : await original.arrayBuffer();

  const resolving = api.resolveCredential();
  const { credential, key } =
    resolving instanceof Promise
      ? await settleWithin(resolving, signal, api.timeoutMs, request, `the ${api.definition.credentialName} function`)
      : resolving;
  const headers = new Headers(original.headers);
  const operation = credential === undefined || api.windowsFor.byOperation ? api.match(method, pathname) : undefined;
  if (credential === undefined) {
    if (operation && api.definition.metadata.operations[operation.operationId]?.anonymous === false) {
      const name = api.definition.credentialName;
      throw new MissingCredentialError(
        `${request} (${operation.operationId}) needs a credential: pass { ${name} } to ${api.factory}; nothing was sent`,
        { request },
      );
    }
  } else {
    if (api.rejections.has(key)) throw rejectedBefore(request, api.definition.credentialName);
    const [name, value] = authHeader(api.definition.auth, credential);
    headers.set(name, value);
  }
  return {
    request,
    method,
    url,
    headers,
    body,
    redirect: original.redirect,
    options: perCallOptions(original),
    signal,
    operationId: operation?.operationId,
    key,
    hasCredential: credential !== undefined,
    windows: api.windowsFor(method, operation?.operationId, api.tierFor(credential !== undefined)),
    idempotent: api.retry !== false && api.retry.methods.includes(method),
  };
}

/** A Request's fetch options and their defaults: those set otherwise are passed on unchanged. */
const DEFAULTS = {
  cache: "default",
  credentials: "same-origin",
  integrity: "",
  keepalive: false,
  mode: "cors",
  referrerPolicy: "",
} as const;

function perCallOptions(request: Request): RequestInit {
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(DEFAULTS))
    if (request[name as keyof typeof DEFAULTS] !== value) options[name] = request[name as keyof typeof DEFAULTS];
  return options as RequestInit;
}
