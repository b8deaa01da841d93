// Sliding and fixed windows, from a log of when each request may reach the
// server at the latest: its send time plus the margin it was granted with
// (how late it may arrive). Two requests may share a server window if the
// earlier could arrive that late and the later arrive at once, so each
// request counts until its own latest arrival has left the window.
// Kept sorted; entries arrive nearly in order, so an insert is near the end
// and pruning drops from the front.
import type { CountingWindow } from "../limiter-store.js";

export class SendLog {
  readonly #latest: number[] = [];
  #head = 0;

  /** Ms to wait before a request sent at `now` fits `window` (0 = now). */
  wait(window: CountingWindow, now: number): number {
    this.#prune(window, now);
    if (this.size < window.limit) return 0;
    // Fixed: full until the next window (where requests that may still arrive late count again).
    if (window.algorithm === "fixed-window") return Math.max(1, windowStart(window, now) + window.windowMs - now);
    // Sliding: when the one that makes it full stops counting.
    return Math.max(1, this.#latest[this.#latest.length - window.limit]! + window.windowMs - now);
  }

  take(now: number, marginMs: number): void {
    const latest = now + marginMs;
    let at = this.#latest.length;
    while (at > this.#head && this.#latest[at - 1]! > latest) at--;
    this.#latest.splice(at, 0, latest);
  }

  get size(): number {
    return this.#latest.length - this.#head;
  }

  /** True once nothing counts any more and the log can be forgotten. */
  idle(window: CountingWindow, now: number): boolean {
    this.#prune(window, now);
    return this.size === 0;
  }

  #prune(window: CountingWindow, now: number): void {
    // Sliding: gone once its latest arrival is a window ago. Fixed: gone once it can only have arrived in an earlier window.
    const from = window.algorithm === "sliding-window" ? now - window.windowMs : windowStart(window, now) - 1;
    while (this.#head < this.#latest.length && this.#latest[this.#head]! <= from) this.#head++;
    if (this.#head > 1024 && this.#head * 2 > this.#latest.length) {
      this.#latest.splice(0, this.#head);
      this.#head = 0;
    }
  }
}

/** The start of the fixed window holding `now`: a multiple of its length since the Unix epoch. */
export const windowStart = (window: CountingWindow, now: number): number => Math.floor(now / window.windowMs) * window.windowMs;
