// What openapi-fetch builds for a call when only our fetch will see it: the
// URL and init it would have made a Request of, kept as they are.
//
// Why: Node's fetch never sends the Request it is given. It builds a new one
// from it, with a new AbortSignal that follows the old one (Fetch standard,
// https://fetch.spec.whatwg.org/#dom-global-fetch step 2, and the Request
// constructor's steps 28–29; undici lib/web/fetch/request.js). A Request made
// only to be handed to fetch is therefore built twice, and following its
// signal (a listener, a WeakRef and a finalizer in Node 20) is the dearest
// part of the copy. Giving fetch the URL and init builds one Request per
// attempt: 10 to 20 µs of CPU a request less (packages/middleware/README.md#benchmark).
//
// Nobody else sees a plan. A call that a Request would check in ways a plan
// cannot (other per-call options, an unusual body, a URL off the API origin, a
// method outside the plain seven) gets a real Request, as before, and so does
// every call that a middleware or a per-call fetch could see (keep-plans-private.ts).
import { ApiRequest } from "./api-request.js";

/** The init openapi-fetch builds: `{ redirect, method, signal?, body, headers }`. */
interface PlannedInit {
  method: string;
  headers: Headers;
  body?: string | undefined;
  redirect?: RequestRedirect | undefined;
  signal?: AbortSignal | null | undefined;
}

export class RequestPlan {
  readonly url: string;
  readonly method: string;
  /** openapi-fetch's own Headers for this call (a new object each call). */
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly redirect: RequestRedirect | undefined;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;

  constructor(url: string, init: PlannedInit) {
    this.url = url;
    this.method = init.method;
    this.headers = init.headers;
    this.body = init.body;
    this.redirect = init.redirect;
    this.signal = init.signal ?? undefined;
  }
}

/** Whether plans may be built for a client's calls; turned off for good once the client has middleware. */
export interface PlanScope {
  plansAllowed: boolean;
}

// The methods a Request keeps as given (it upper-cases only these, and refuses CONNECT, TRACE, TRACK).
const PLAIN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const PLANNED_KEYS = new Set(["method", "headers", "body", "redirect", "signal"]);
const REDIRECT_MODES = new Set(["follow", "manual", "error"]);

/**
 * The `Request` class openapi-fetch is given. It builds a RequestPlan when
 * the call is one a plan carries exactly, and a real Request (ApiRequest)
 * otherwise, so any mistake a Request would refuse is still refused by it.
 */
export function plannedRequestClass(apiOrigin: string, scope: PlanScope): typeof Request {
  const onOrigin = `${apiOrigin}/`;
  class PlannedRequest {
    /** openapi-fetch checks what an onRequest middleware returns with `instanceof` this class. */
    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Request;
    }

    constructor(input: RequestInfo | URL, init?: RequestInit) {
      // A constructor that returns an object makes `new` give that object.
      // biome-ignore lint/correctness/noConstructorReturn: chooses between a plan and a Request
      return scope.plansAllowed && isPlannable(input, init, onOrigin)
        ? new RequestPlan(input as string, init as PlannedInit)
        : new ApiRequest(input, init);
    }
  }
  return PlannedRequest as unknown as typeof Request;
}

function isPlannable(input: RequestInfo | URL, init: RequestInit | undefined, onOrigin: string): boolean {
  // On the API origin, the URL parses (its scheme and host already did) and its path is where the origin ends.
  if (typeof input !== "string" || !input.startsWith(onOrigin) || init === undefined) return false;
  for (const key in init) if (!PLANNED_KEYS.has(key)) return false;
  const { method, headers, body, redirect, signal } = init;
  if (typeof method !== "string" || !PLAIN_METHODS.has(method) || !(headers instanceof Headers)) return false;
  // A string body is re-sent as it is; other bodies are read into bytes from a Request.
  if (body !== undefined && (typeof body !== "string" || method === "GET" || method === "HEAD")) return false;
  if (redirect !== undefined && !REDIRECT_MODES.has(redirect)) return false;
  return signal === undefined || signal === null || signal instanceof AbortSignal;
}
