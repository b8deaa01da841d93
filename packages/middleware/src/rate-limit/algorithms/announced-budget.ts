// A budget the server announces on every answer (Pwnbook's X-RateLimit-Limit,
// -Remaining, -Reset): callers wait for the reset once it is spent instead of
// collecting 429s.
// - What the server says is left does not count requests still on their way
//   to it, so those are subtracted: budget = remaining − requests in flight
//   (conservative: some may already be counted).
// - Answers come back out of order. Within one window the server's count only
//   goes down, so a later-arriving answer can lower the budget but never
//   raise it; an answer about a window that has already ended is ignored.
// - Before the first answer, and after a reset until the next answer, only
//   what is known is spent: the announced limit, or a single probe when none
//   was announced.
import type { Announcement } from "../limiter-store.js";

export interface BudgetState {
  remaining: number;
  /** When the server's current window resets; undefined until an answer says (or once it has passed). */
  resetAt: number | undefined;
  /** The end of the last window known to have passed: answers about it or earlier are stale. */
  passed: number;
  limit: number | undefined;
  inFlight: number;
}

/** How often a caller re-checks while it waits for an answer to learn the budget. */
export const PROBE_WAIT_MS = 25;

export const newBudget = (): BudgetState => ({
  remaining: 1,
  resetAt: undefined,
  passed: Number.NEGATIVE_INFINITY,
  limit: undefined,
  inFlight: 0,
});

/** Ms to wait before a request may go (0 = now); the reset counts once `marginMs` has passed it. */
export function budgetWait(state: BudgetState, now: number, marginMs: number): number {
  if (state.resetAt !== undefined && state.resetAt + marginMs <= now) {
    state.remaining = (state.limit ?? 1) - state.inFlight;
    state.passed = state.resetAt;
    state.resetAt = undefined;
  }
  if (state.remaining > 0) return 0;
  return state.resetAt === undefined ? PROBE_WAIT_MS : Math.max(1, state.resetAt + marginMs - now);
}

export function budgetTake(state: BudgetState): void {
  state.remaining -= 1;
  state.inFlight += 1;
}

/** The request's attempt is over; learn what its answer announced, if anything. */
export function budgetObserve(state: BudgetState, announced: Announcement | undefined): void {
  state.inFlight = Math.max(0, state.inFlight - 1);
  if (announced?.limit !== undefined && announced.limit > 0) state.limit = announced.limit;
  const { remaining, resetAt } = announced ?? {};
  if (remaining === undefined || resetAt === undefined) {
    // Nothing learned, but let one more probe go.
    if (state.resetAt === undefined && state.remaining <= 0) state.remaining = 1;
    return;
  }
  if (resetAt <= state.passed) return; // about a window that has ended
  const budget = Math.max(0, remaining) - state.inFlight;
  if (resetAt === state.resetAt) state.remaining = Math.min(state.remaining, budget);
  else if (state.resetAt === undefined || resetAt > state.resetAt) [state.remaining, state.resetAt] = [budget, resetAt];
}

export const budgetIdle = (state: BudgetState, now: number): boolean =>
  state.inFlight === 0 && (state.resetAt === undefined || state.resetAt <= now);
