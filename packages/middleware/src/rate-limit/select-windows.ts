// Which of an API's documented windows a request counts against, in the
// form the store plans with: the algorithm the spec names and its
// parameters in ms, shrunk by `timeScale` for tests.
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

/** `scopeOf(windowId)` is the announced scope a header-announced window's budget is kept under. */
export function selectWindows(
  windows: readonly RateLimitWindow[],
  request: RequestIdentity,
  tier: string | undefined,
  timeScale: number,
  scopeOf: (windowId: string) => string = (id) => id,
): WindowSpec[] {
  return windows.filter((window) => windowApplies(window, request, tier)).map((window) => toSpec(window, timeScale, scopeOf));
}

function toSpec(window: RateLimitWindow, timeScale: number, scopeOf: (windowId: string) => string): WindowSpec {
  const { id } = window;
  if (window.algorithm === "header-announced") return { id, algorithm: "header-announced", scope: scopeOf(id) };
  const limit = window.limit ?? 1;
  const realMs = (window.windowSeconds ?? 1) * 1000;
  // Judged on the real length, so a time-scaled test still sees a quota.
  const quota = realMs >= QUOTA_WINDOW_MS;
  if (window.algorithm === "gcra")
    return { id, algorithm: "gcra", intervalMs: (realMs * timeScale) / limit, burst: window.burst ?? limit, quota };
  return { id, algorithm: window.algorithm, limit, windowMs: realMs * timeScale, quota };
}
