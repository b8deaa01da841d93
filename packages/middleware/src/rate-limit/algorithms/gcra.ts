// GCRA, the generic cell rate algorithm (ITU-T I.371; the "virtual
// scheduling" form PluralKit's limiter runs in crates/api/src/middleware/
// ratelimit.lua). State: the theoretical arrival time (TAT) of the next
// request. A request at `now` conforms when TAT − now ≤ tolerance, where
// tolerance = (burst − 1) × interval; then TAT = max(TAT, now) + interval.
// Sustained, one request per interval; from idle, `burst` at once.
//
// The server runs this on arrival times. A request granted at g may arrive
// up to its margin later, and another granted after it may arrive at once:
// so the tolerance planned is the server's less the largest margin of any
// request still counting (`lateness`), not just this one's. When that margin
// is larger than the server's whole tolerance the planned tolerance is
// negative: requests are spaced more than an interval apart, as they must be
// for the server to accept them whatever their delays.
import type { GcraWindow } from "../limiter-store.js";

export interface GcraState {
  tat: number;
  /** The largest margin among requests granted since the bucket was last empty. */
  lateness: number;
}

/** Ms to wait before a request sent at `now` conforms (0 = now), given it may arrive `marginMs` late. */
export function gcraWait(state: GcraState | undefined, window: GcraWindow, now: number, marginMs: number): number {
  if (!state) return 0; // an empty bucket takes a request
  const lateness = state.tat <= now ? marginMs : Math.max(state.lateness, marginMs);
  const tolerance = (window.burst - 1) * window.intervalMs - lateness;
  // TAT as stored, even when past: with a negative tolerance the next request still waits that long after it.
  return Math.max(0, state.tat - tolerance - now);
}

/** Counts a request sent at `now` (call only when gcraWait says 0). */
export function gcraTake(state: GcraState, window: GcraWindow, now: number, marginMs: number): void {
  const idle = state.tat <= now;
  state.lateness = idle ? marginMs : Math.max(state.lateness, marginMs);
  state.tat = Math.max(state.tat, now) + window.intervalMs;
}

/** True once the bucket is empty again and the state can be forgotten. */
export const gcraIdle = (state: GcraState, now: number): boolean => state.tat <= now;
