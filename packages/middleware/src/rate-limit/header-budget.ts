// Limits an API announces in its responses (Pwnbook's X-RateLimit-Limit,
// -Remaining, -Reset on every response): once `remaining` reaches 0, callers
// wait for the reset instead of collecting 429s. Requests sent after the last
// response are subtracted, so concurrent callers do not all spend the last slot.
import type { RateLimitHeaderNames } from "../api-metadata.js";
import { parseResetHeader } from "./parse-reset.js";

interface BudgetState {
  remaining: number;
  resetAt: number;
}

export class HeaderBudget {
  readonly #state = new Map<string, BudgetState>();

  constructor(private readonly names: RateLimitHeaderNames) {}

  /** Records what a response says is left. */
  observe(key: string, headers: Headers, now: number): void {
    const remaining = Number.parseInt(headers.get(this.names.remaining) ?? "", 10);
    const resetAt = parseResetHeader(headers.get(this.names.reset), this.names.resetUnit, now);
    if (!Number.isFinite(remaining) || resetAt === undefined) return;
    this.#state.set(key, { remaining: Math.max(0, remaining), resetAt });
  }

  /** Ms to wait before the next request may go; 0 when it may go now. */
  waitMs(key: string, now: number): number {
    const state = this.#state.get(key);
    if (!state) return 0;
    if (state.resetAt <= now) {
      this.#state.delete(key);
      return 0;
    }
    return state.remaining > 0 ? 0 : state.resetAt - now;
  }

  /** A request is about to be sent: one fewer left until the next response says otherwise. */
  take(key: string): void {
    const state = this.#state.get(key);
    if (state) state.remaining -= 1;
  }
}
