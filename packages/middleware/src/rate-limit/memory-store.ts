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

interface KeyLogs {
  byId: Map<string, WindowLog>;
  /** The logs of each window set seen, in its order: the limiter passes the same arrays every call. */
  bySet: WeakMap<readonly WindowSpec[], WindowLog[]>;
}

export class MemoryStore implements LimiterStore {
  readonly synchronous = true;
  readonly #keys = new Map<string, KeyLogs>();
  /** Lease id → the key it was granted under. */
  readonly #leases = new Map<string, string>();
  readonly #pauses = new Map<string, Pause>();
  #nextLease = 0;

  tryAcquire(key: string, windows: readonly WindowSpec[], now: number): AcquireResult {
    const logs = this.#logs(key, windows);
    let blocked: { retryInMs: number; windowId: string } | undefined;
    for (let i = 0; i < windows.length; i++) {
      const window = windows[i]!;
      const log = logs[i]!;
      if (log.count(now, window.windowMs) < window.limit) continue;
      const oldest = log.oldestCompletion();
      const retryInMs = Math.max(1, oldest === undefined ? window.windowMs : oldest + window.windowMs - now);
      if (!blocked || retryInMs > blocked.retryInMs) blocked = { retryInMs, windowId: window.id };
    }
    if (blocked) return { granted: false, ...blocked };
    const leaseId = String(++this.#nextLease);
    for (const log of logs) log.inFlight++;
    this.#leases.set(leaseId, key);
    return { granted: true, leaseId };
  }

  complete(key: string, leaseId: string, windows: readonly WindowSpec[], now: number): void {
    // Only a lease this store granted, and only once.
    if (!this.#release(key, leaseId)) return;
    for (const log of this.#logs(key, windows)) {
      log.inFlight = Math.max(0, log.inFlight - 1);
      log.completions.push(now);
    }
  }

  /** Gives back a lease whose request was never sent: it stops counting at once. */
  cancel(key: string, leaseId: string, windows: readonly WindowSpec[]): void {
    if (!this.#release(key, leaseId)) return;
    for (const log of this.#logs(key, windows)) log.inFlight = Math.max(0, log.inFlight - 1);
  }

  pause(key: string, pause: Pause): void {
    const current = this.#pauses.get(key);
    if (!current || pause.until > current.until) this.#pauses.set(key, pause);
  }

  pausedUntil(key: string, now: number): Pause | undefined {
    if (this.#pauses.size === 0) return undefined;
    const pause = this.#pauses.get(key);
    if (pause && pause.until <= now) this.#pauses.delete(key);
    return pause && pause.until > now ? pause : undefined;
  }

  #release(key: string, leaseId: string): boolean {
    if (this.#leases.get(leaseId) !== key) return false;
    this.#leases.delete(leaseId);
    return true;
  }

  #logs(key: string, windows: readonly WindowSpec[]): WindowLog[] {
    let keyLogs = this.#keys.get(key);
    if (!keyLogs) {
      keyLogs = { byId: new Map(), bySet: new WeakMap() };
      this.#keys.set(key, keyLogs);
    }
    let logs = keyLogs.bySet.get(windows);
    if (!logs) {
      const { byId } = keyLogs;
      logs = windows.map((window) => {
        let log = byId.get(window.id);
        if (!log) {
          log = new WindowLog();
          byId.set(window.id, log);
        }
        return log;
      });
      keyLogs.bySet.set(windows, logs);
    }
    return logs;
  }
}

/** The process-wide default store. */
export const sharedMemoryStore = new MemoryStore();
