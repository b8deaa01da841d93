// openapi-fetch shows the request it builds to middleware (onRequest,
// onResponse, onError) and hands it to a per-call `fetch`. Those expect a real
// Request (to clone it, read its body, or build another from it), so a call
// they could see never gets a RequestPlan (request-plan.ts):
//   - `client.use(…)` turns plans off for the client, for good;
//   - a call with its own `middleware` or `fetch` is given our Request class
//     for that call (openapi-fetch's per-call `Request` option), unless it
//     brought its own.
import type { Client } from "openapi-fetch";
import { ApiRequest } from "./api-request.js";
import type { PlanScope } from "./request-plan.js";

const CALLS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

interface CallOptions {
  middleware?: readonly unknown[];
  fetch?: unknown;
  Request?: unknown;
}
type Call = (url: unknown, init?: CallOptions) => Promise<unknown>;
type Use = (...middleware: unknown[]) => void;

export function keepPlansPrivate<Paths extends {}>(client: Client<Paths, "application/json">, scope: PlanScope): void {
  const methods = client as unknown as Record<(typeof CALLS)[number], Call> & {
    use: Use;
    request: (method: string, url: unknown, init?: CallOptions) => Promise<unknown>;
  };
  const use = methods.use;
  methods.use = (...middleware) => {
    scope.plansAllowed = false;
    use(...middleware);
  };
  for (const name of CALLS) {
    const call = methods[name];
    methods[name] = (url, init) => call(url, withRequestIfSeen(init));
  }
  const request = methods.request;
  methods.request = (method, url, init) => request(method, url, withRequestIfSeen(init));
}

function withRequestIfSeen(init: CallOptions | undefined): CallOptions | undefined {
  if (init === undefined || init.Request !== undefined) return init;
  const seen = (init.middleware !== undefined && init.middleware.length > 0) || init.fetch !== undefined;
  return seen ? { ...init, Request: ApiRequest } : init;
}
