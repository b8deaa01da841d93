// Limits an API announces in its responses (Pwnbook's X-RateLimit-Limit,
// -Remaining, -Reset on every response): callers wait for the reset once the
// budget is spent, instead of collecting 429s.
//
// What the server says it has left does not count requests still on their way
// to it, so those are subtracted: budget = remaining − other requests in
// flight (conservative: some may already be counted). Before the first answer,
// and after a reset until the next answer, only what is known is spent: the
// announced limit, or a single probe when none was announced.
import type { RateLimitHeaderNames } from "../api-metadata.js";
import { parseResetHeader } from "./parse-reset.js";

interface BudgetState {
  remaining: number;
  /** When the server's window resets; undefined until an answer says. */
  resetAt: number | undefined;
  limit: number | undefined;
  inFlight: number;
}

/** How often a caller re-checks while it waits for an answer to learn the budget. */
const PROBE_WAIT_MS = 25;

export class HeaderBudget {
  readonly #state = new Map<string, BudgetState>();

  constructor(private readonly names: RateLimitHeaderNames) {}

  #get(key: string): BudgetState {
    let state = this.#state.get(key);
    if (!state) {
      state = { remaining: 1, resetAt: undefined, limit: undefined, inFlight: 0 };
      this.#state.set(key, state);
    }
    return state;
  }

  /** Ms to wait before the next request may go; 0 when it may go now. */
  waitMs(key: string, now: number): number {
    const state = this.#get(key);
    if (state.resetAt !== undefined && state.resetAt <= now) {
      state.remaining = (state.limit ?? 1) - state.inFlight;
      state.resetAt = undefined;
    }
    if (state.remaining > 0) return 0;
    return state.resetAt === undefined ? PROBE_WAIT_MS : state.resetAt - now;
  }

  /** A request is about to be sent. */
  take(key: string): void {
    const state = this.#get(key);
    state.remaining -= 1;
    state.inFlight += 1;
  }

  /** A response arrived: learn what the server says is left. */
  observe(key: string, headers: Headers, now: number): void {
    const state = this.#get(key);
    state.inFlight = Math.max(0, state.inFlight - 1);
    const remaining = Number.parseInt(headers.get(this.names.remaining) ?? "", 10);
    const resetAt = parseResetHeader(headers.get(this.names.reset), this.names.resetUnit, now);
    const limit = this.names.limit ? Number.parseInt(headers.get(this.names.limit) ?? "", 10) : Number.NaN;
    if (Number.isFinite(limit) && limit > 0) state.limit = limit;
    if (!Number.isFinite(remaining) || resetAt === undefined) {
      // An answer without the headers: nothing learned, but let one more probe go.
      if (state.resetAt === undefined && state.remaining <= 0) state.remaining = 1;
      return;
    }
    state.remaining = Math.max(0, remaining) - state.inFlight;
    state.resetAt = resetAt;
  }

  /** The request got no response (network error, timeout): it no longer counts as in flight. */
  released(key: string): void {
    const state = this.#get(key);
    state.inFlight = Math.max(0, state.inFlight - 1);
    if (state.resetAt === undefined && state.remaining <= 0) state.remaining = 1;
  }
}
