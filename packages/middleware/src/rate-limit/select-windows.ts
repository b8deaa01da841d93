// Which of an API's documented windows a request counts against, and their
// effective size: a window's `serverBurst` (the server admits fewer than the
// limit in one burst) caps what we plan for, and `timeScale` shrinks windows
// for tests.
import type { RateLimitWindow } from "../api-metadata.js";
import type { WindowSpec } from "./limiter-store.js";

/** Windows this long or longer are quotas: running out fails fast instead of waiting. */
export const QUOTA_WINDOW_MS = 60 * 60 * 1000;

export interface RequestIdentity {
  method: string;
  operationId: string | undefined;
}

export function windowApplies(window: RateLimitWindow, request: RequestIdentity, tier: string | undefined): boolean {
  if (window.tier !== undefined && window.tier !== tier) return false;
  const scope = window.appliesTo;
  if (!scope) return true;
  if (scope.methods && !scope.methods.includes(request.method.toUpperCase() as never)) return false;
  if (scope.operations && !(request.operationId && scope.operations.includes(request.operationId))) return false;
  if (scope.exceptOperations && request.operationId && scope.exceptOperations.includes(request.operationId)) return false;
  return true;
}

export function selectWindows(
  windows: readonly RateLimitWindow[],
  request: RequestIdentity,
  tier: string | undefined,
  timeScale: number,
): WindowSpec[] {
  return windows
    .filter((window) => windowApplies(window, request, tier))
    .map((window) => ({
      id: window.id,
      limit: Math.min(window.limit, window.serverBurst ?? window.limit),
      windowMs: window.windowSeconds * 1000 * timeScale,
      // Judged on the real length, so a time-scaled test still sees a quota.
      quota: window.windowSeconds * 1000 >= QUOTA_WINDOW_MS,
    }));
}
