// The default LimiterStore, in this process's memory. One instance is shared
// by every client in the process (`sharedMemoryStore`), so two clients with
// the same credential share limits. Per key and window it keeps a count of
// requests in flight and the completion times of finished ones, oldest first:
// completions happen in time order, so pruning only ever drops from the front,
// and every operation is O(1) amortised.
import type { AcquireResult, LimiterStore, Pause, WindowSpec } from "./limiter-store.js";

class WindowLog {
  inFlight = 0;
  readonly completions: number[] = [];
  #head = 0;

  count(now: number, windowMs: number): number {
    while (this.#head < this.completions.length && this.completions[this.#head]! + windowMs <= now) this.#head++;
    if (this.#head > 1024 && this.#head * 2 > this.completions.length) {
      this.completions.splice(0, this.#head);
      this.#head = 0;
    }
    return this.inFlight + this.completions.length - this.#head;
  }

  /** When the oldest finished request stops counting, or undefined if all are in flight. */
  oldestCompletion(): number | undefined {
    return this.completions[this.#head];
  }
}

export class MemoryStore implements LimiterStore {
  readonly #logs = new Map<string, WindowLog>();
  readonly #leases = new Map<string, string[]>();
  readonly #pauses = new Map<string, Pause>();
  #nextLease = 0;

  tryAcquire(key: string, windows: readonly WindowSpec[], now: number): AcquireResult {
    let blocked: { retryInMs: number; windowId: string } | undefined;
    for (const window of windows) {
      const log = this.#log(key, window);
      if (log.count(now, window.windowMs) < window.limit) continue;
      const oldest = log.oldestCompletion();
      const retryInMs = Math.max(1, oldest === undefined ? window.windowMs : oldest + window.windowMs - now);
      if (!blocked || retryInMs > blocked.retryInMs) blocked = { retryInMs, windowId: window.id };
    }
    if (blocked) return { granted: false, ...blocked };
    const leaseId = String(++this.#nextLease);
    for (const window of windows) this.#log(key, window).inFlight++;
    this.#leases.set(
      `${key}|${leaseId}`,
      windows.map((w) => w.id),
    );
    return { granted: true, leaseId };
  }

  complete(key: string, leaseId: string, windows: readonly WindowSpec[], now: number): void {
    // Only a lease this store granted, and only once.
    if (!this.#leases.delete(`${key}|${leaseId}`)) return;
    for (const window of windows) {
      const log = this.#log(key, window);
      log.inFlight = Math.max(0, log.inFlight - 1);
      log.completions.push(now);
    }
  }

  /** Gives back a lease whose request was never sent: it stops counting at once. */
  cancel(key: string, leaseId: string, windows: readonly WindowSpec[]): void {
    if (!this.#leases.delete(`${key}|${leaseId}`)) return;
    for (const window of windows) {
      const log = this.#log(key, window);
      log.inFlight = Math.max(0, log.inFlight - 1);
    }
  }

  pause(key: string, pause: Pause): void {
    const current = this.#pauses.get(key);
    if (!current || pause.until > current.until) this.#pauses.set(key, pause);
  }

  pausedUntil(key: string, now: number): Pause | undefined {
    const pause = this.#pauses.get(key);
    if (pause && pause.until <= now) this.#pauses.delete(key);
    return pause && pause.until > now ? pause : undefined;
  }

  #log(key: string, window: WindowSpec): WindowLog {
    const logKey = `${key}|${window.id}`;
    let log = this.#logs.get(logKey);
    if (!log) {
      log = new WindowLog();
      this.#logs.set(logKey, log);
    }
    return log;
  }
}

/** The process-wide default store. */
export const sharedMemoryStore = new MemoryStore();
