// Which windows a request counts against, worked out once per method,
// operation and tier and then reused: the result is the same every time, and
// the limiter keys its queues by the returned array. The operation is only
// looked up (by path) when a window names operations.
import type { RateLimitWindow } from "../api-metadata.js";
import type { WindowSpec } from "./limiter-store.js";
import { selectWindows } from "./select-windows.js";

export type WindowSelector = (method: string, pathname: string, tier: string | undefined) => readonly WindowSpec[];

const NONE: readonly WindowSpec[] = [];

export function createWindowSelector(
  windows: readonly RateLimitWindow[],
  timeScale: number,
  operationOf: (method: string, pathname: string) => string | undefined,
): WindowSelector {
  if (windows.length === 0) return () => NONE;
  const byOperation = windows.some((w) => w.appliesTo?.operations || w.appliesTo?.exceptOperations);
  const selected = new Map<string, readonly WindowSpec[]>();
  return (method, pathname, tier) => {
    const operationId = byOperation ? operationOf(method, pathname) : undefined;
    const cacheKey = `${method} ${operationId ?? ""} ${tier ?? ""}`;
    let specs = selected.get(cacheKey);
    if (specs === undefined) {
      specs = selectWindows(windows, { method, operationId }, tier, timeScale);
      selected.set(cacheKey, specs);
    }
    return specs;
  };
}
