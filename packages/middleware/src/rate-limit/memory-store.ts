// The default LimiterStore: a sliding-window log per key and window, in this
// process's memory. One instance is shared by every client in the process
// (`sharedMemoryStore`), so two clients with the same credential share limits.
import type { AcquireResult, LimiterStore, Pause, WindowSpec } from "./limiter-store.js";

interface Entry {
  leaseId: string;
  /** When the response came back; Infinity while in flight. */
  completedAt: number;
}

export class MemoryStore implements LimiterStore {
  readonly #logs = new Map<string, Entry[]>();
  readonly #pauses = new Map<string, Pause>();
  #nextLease = 0;

  async tryAcquire(key: string, windows: readonly WindowSpec[], now: number): Promise<AcquireResult> {
    let blocked: { retryInMs: number; windowId: string } | undefined;
    for (const window of windows) {
      const log = this.#prune(`${key}|${window.id}`, window.windowMs, now);
      if (log.length < window.limit) continue;
      // Full: the earliest a slot frees is when the oldest completed entry ages out.
      const oldestDone = log.reduce((min, e) => Math.min(min, e.completedAt), Infinity);
      const retryInMs = Number.isFinite(oldestDone) ? oldestDone + window.windowMs - now : window.windowMs;
      if (!blocked || retryInMs > blocked.retryInMs) blocked = { retryInMs: Math.max(1, retryInMs), windowId: window.id };
    }
    if (blocked) return { granted: false, ...blocked };
    const leaseId = String(++this.#nextLease);
    for (const window of windows) this.#logs.get(`${key}|${window.id}`)!.push({ leaseId, completedAt: Infinity });
    return { granted: true, leaseId };
  }

  async complete(key: string, leaseId: string, windows: readonly WindowSpec[], now: number): Promise<void> {
    for (const window of windows) {
      const entry = this.#logs.get(`${key}|${window.id}`)?.find((e) => e.leaseId === leaseId);
      if (entry) entry.completedAt = now;
    }
  }

  async pause(key: string, pause: Pause): Promise<void> {
    const current = this.#pauses.get(key);
    if (!current || pause.until > current.until) this.#pauses.set(key, pause);
  }

  async pausedUntil(key: string, now: number): Promise<Pause | undefined> {
    const pause = this.#pauses.get(key);
    if (pause && pause.until <= now) this.#pauses.delete(key);
    return pause && pause.until > now ? pause : undefined;
  }

  #prune(logKey: string, windowMs: number, now: number): Entry[] {
    const log = (this.#logs.get(logKey) ?? []).filter((e) => e.completedAt + windowMs > now);
    this.#logs.set(logKey, log);
    return log;
  }
}

/** The process-wide default store. */
export const sharedMemoryStore = new MemoryStore();
