// Which windows a request counts against, worked out once per method,
// operation, tier and announced scope and then reused: the result is the same
// every time, and the limiter keys its queues by the returned array. The
// operation is only looked up (by path) when a window names operations or is
// header-announced (whose scope an operation's answers tell).
import type { RateLimitWindow } from "../api-metadata.js";
import type { WindowSpec } from "./limiter-store.js";
import { selectWindows } from "./select-windows.js";

export interface WindowSelector {
  (method: string, operationId: string | undefined, tier: string | undefined): readonly WindowSpec[];
  /** An answer to `operationId` named its rate-limit scope (X-RateLimit-Scope): later calls plan that scope's budget. */
  learnScope(operationId: string, scope: string): void;
  /** Whether windows depend on the operation (so callers need to find it). */
  readonly byOperation: boolean;
}

const NONE: readonly WindowSpec[] = [];
/** Operations whose scope is remembered; an API has a few hundred at most. */
const MAX_SCOPES = 1024;

export function createWindowSelector(windows: readonly RateLimitWindow[], timeScale: number): WindowSelector {
  const byOperation = windows.some((w) => w.appliesTo?.operations || w.appliesTo?.exceptOperations || w.algorithm === "header-announced");
  const selected = new Map<string, readonly WindowSpec[]>();
  const scopes = new Map<string, string>();
  const select = ((method, operationId, tier) => {
    if (windows.length === 0) return NONE;
    const scope = operationId === undefined ? undefined : scopes.get(operationId);
    const cacheKey = `${method} ${byOperation ? (operationId ?? "") : ""} ${tier ?? ""} ${scope ?? ""}`;
    let specs = selected.get(cacheKey);
    if (specs === undefined) {
      specs = selectWindows(windows, { method, operationId }, tier, timeScale, (id) => scope ?? id);
      // Bounded like `scopes`: a server that keeps announcing new scopes cannot grow it for ever.
      if (selected.size >= MAX_SCOPES * 4) selected.clear();
      selected.set(cacheKey, specs);
    }
    return specs;
  }) as WindowSelector;
  select.learnScope = (operationId, scope) => {
    if (scopes.get(operationId) === scope || (scopes.size >= MAX_SCOPES && !scopes.has(operationId))) return;
    scopes.set(operationId, scope);
  };
  Object.defineProperty(select, "byOperation", { value: byOperation });
  return select;
}
