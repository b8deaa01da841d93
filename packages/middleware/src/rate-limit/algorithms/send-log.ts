// Sliding and fixed windows, from a log of when each request may have reached
// the server at the latest. A server counts a request when it arrives, which
// the client never sees; but a request always arrives before its answer comes
// back. So a request in flight counts as arriving now, for as long as it is in
// flight (a process stalled between grant and send, or a slow network, cannot
// make it arrive after the limiter stopped counting it), and once answered it
// counts as having arrived then. One that failed without an answer may still
// be on its way: it counts `lateByMs` (the arrival margin) past its end.
// Finished entries are kept sorted; they end nearly in order, so an insert is
// near the end and pruning drops from the front (a window holds at most its
// limit, so the array stays small).
import type { CountingWindow } from "../limiter-store.js";

export class SendLog {
  /** Latest arrival of each finished request, ascending. */
  readonly #latest: number[] = [];
  /** Requests granted and not finished: they count in every window until they are. */
  readonly #inFlight = new Set<string>();

  /** Ms to wait before a request sent at `now` fits `window` (0 = now). */
  wait(window: CountingWindow, now: number): number {
    this.#prune(window, now);
    const counted = this.size;
    if (counted < window.limit) return 0;
    // Fixed: full until the next window (where requests in flight, or answered late, count again).
    if (window.algorithm === "fixed-window") return Math.max(1, windowStart(window, now) + window.windowMs - now);
    // Sliding: when enough finished ones have left. The one that frees the last
    // slot needed is the (counted − limit + 1)-th oldest; if it is still in
    // flight, nothing frees a slot for at least a window from now.
    const freeing = counted - window.limit;
    if (freeing >= this.#latest.length) return window.windowMs;
    return Math.max(1, this.#latest[freeing]! + window.windowMs - now);
  }

  /** A request granted now, in flight until `finish(leaseId, …)`. */
  take(leaseId: string): void {
    this.#inFlight.add(leaseId);
  }

  /** The request is over at `now`: answered (arrived by now), or failed (may arrive up to `lateByMs` later). */
  finish(window: CountingWindow, leaseId: string, now: number, lateByMs: number): void {
    // What has left the window goes now too: a store that only counts (Redis's mirror) never calls `wait`.
    this.#prune(window, now);
    if (!this.#inFlight.delete(leaseId)) return;
    const latest = now + lateByMs;
    let at = this.#latest.length;
    while (at > 0 && this.#latest[at - 1]! > latest) at--;
    this.#latest.splice(at, 0, latest);
  }

  get size(): number {
    return this.#latest.length + this.#inFlight.size;
  }

  /** True once nothing counts any more and the log can be forgotten. */
  idle(window: CountingWindow, now: number): boolean {
    this.#prune(window, now);
    return this.size === 0;
  }

  #prune(window: CountingWindow, now: number): void {
    // Sliding: gone once its latest arrival is a window ago. Fixed: gone once it can only have arrived in an earlier window.
    const from = window.algorithm === "sliding-window" ? now - window.windowMs : windowStart(window, now) - 1;
    let gone = 0;
    while (gone < this.#latest.length && this.#latest[gone]! <= from) gone++;
    if (gone > 0) this.#latest.splice(0, gone);
  }
}

/** The start of the fixed window holding `now`: a multiple of its length since the Unix epoch. */
export const windowStart = (window: CountingWindow, now: number): number => Math.floor(now / window.windowMs) * window.windowMs;
