// What the spec's `x-rate-limits` says about one request: the windows it
// counts against (by method, operation and tier, with the middleware's own
// selection), and its headers written as the API writes them.
import { type ApiDefinition, type RateLimitHeaderNames, type RateLimitWindow, selectWindows } from "@api-clients/middleware";

/** Whether the request carries a credential, in the API's own scheme. */
export function hasCredential(definition: ApiDefinition, request: Request): boolean {
  const header = definition.auth.type === "bearer" ? "Authorization" : definition.auth.header;
  return !!request.headers.get(header);
}

/** The windows the request counts against, as the spec writes them. */
export function windowsFor(definition: ApiDefinition, request: Request, operationId: string): RateLimitWindow[] {
  const windows = definition.metadata.rateLimits?.windows ?? [];
  if (windows.length === 0) return [];
  const tier = definition.tier ? definition.tier(hasCredential(definition, request), undefined) : undefined;
  const ids = new Set(selectWindows(windows, { method: request.method, operationId }, tier, 1).map((spec) => spec.id));
  return windows.filter((window) => ids.has(window.id));
}

/** The windows long enough to be quotas (an hour or more, as the middleware judges them). */
export const isQuotaWindow = (window: RateLimitWindow) => (window.windowSeconds ?? 0) >= 3600;

/** When a window that started at the Unix epoch ends next (a daily quota: the next UTC midnight). */
export function nextWindowEnd(window: RateLimitWindow, now: number): number {
  const ms = (window.windowSeconds ?? 86_400) * 1000;
  return (Math.floor(now / ms) + 1) * ms;
}

/** A reset time in the unit the API's reset header uses. */
export function formatReset(at: number, unit: RateLimitHeaderNames["resetUnit"], now: number): string {
  if (unit === "epoch-milliseconds") return String(Math.ceil(at));
  if (unit === "delta-seconds") return String(Math.max(0, Math.ceil((at - now) / 1000)));
  return String(Math.ceil(at / 1000));
}
