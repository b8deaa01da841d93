// Proactive rate limiting: callers wait, first come first served, until every
// window their request counts against has room, so the server never has to
// answer 429. Waiting happens per credential key and window set; a waiting
// caller whose stop signal fires (its own abort, or its credential rejected)
// leaves the queue at once and uses no slot. The limiter also owns the pauses
// a 429 imposes and the budget an API announces in its headers.
// Octokit's plugin-throttling does the same job with Bottleneck
// (https://github.com/octokit/plugin-throttling.js).
import { now as clock } from "../clock.js";
import { quotaExceeded } from "../errors/quota-exceeded-error.js";
import { RateLimitError } from "../errors/rate-limit-error.js";
import type { HeaderBudget } from "./header-budget.js";
import type { AcquireResult, LimiterStore, Pause, WindowSpec } from "./limiter-store.js";

export interface Lease {
  /**
   * The attempt is over: its response's head arrived (`headers`, from which an
   * announced budget is learned) or it failed without one. Starts the slot's
   * cool-down; a synchronous store finishes at once.
   */
  complete(headers?: Headers): void | Promise<void>;
}

interface Waiter {
  resolve(lease: Lease): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort(): void;
  request: string;
}

interface Queue {
  key: string;
  windows: readonly WindowSpec[];
  waiters: Waiter[];
  pumping: boolean;
  wake?: () => void;
}

export interface RateLimiterOptions {
  store: LimiterStore;
  /** A wait longer than this fails with RateLimitError (or QuotaExceededError) instead. */
  maxWaitMs: number;
  budget?: HeaderBudget | undefined;
}

export class RateLimiter {
  readonly #queues = new Map<string, Queue>();

  constructor(private readonly options: RateLimiterOptions) {}

  /**
   * Waits for a slot under `key` in every window. When `signal` fires, the
   * wait ends with the signal's reason. `request` ("GET /path") names the call in errors.
   */
  acquire(key: string, windows: readonly WindowSpec[], signal: AbortSignal | undefined, request: string): Promise<Lease> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const queueKey = queueKeyOf(key, windows);
    let queue = this.#queues.get(queueKey);
    if (!queue) {
      queue = { key, windows, waiters: [], pumping: false };
      this.#queues.set(queueKey, queue);
    }
    const q = queue;
    return new Promise<Lease>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        request,
        onAbort: () => {
          const index = q.waiters.indexOf(waiter);
          if (index >= 0) q.waiters.splice(index, 1);
          reject(signal?.reason);
          q.wake?.();
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      q.waiters.push(waiter);
      void this.#pump(q);
    });
  }

  /**
   * The slot at once, without a Promise, a queue entry or an abort listener,
   * when this caller would be served next anyway: nobody waits in its queue,
   * nothing is paused, and a synchronous store (memory) has room. Otherwise
   * undefined, and the caller waits in `acquire`.
   */
  acquireNow(key: string, windows: readonly WindowSpec[]): Lease | undefined {
    const { store, budget } = this.options;
    if (!store.synchronous) return undefined;
    const queue = this.#queues.get(queueKeyOf(key, windows));
    if (queue && (queue.pumping || queue.waiters.length > 0)) return undefined;
    const now = clock();
    if (store.pausedUntil(key, now) || (budget && budget.waitMs(key, now) > 0)) return undefined;
    const result = windows.length === 0 ? FREE : (store.tryAcquire(key, windows, now) as AcquireResult);
    if (!result.granted) return undefined;
    budget?.take(key);
    return this.#lease(key, windows, result.leaseId);
  }

  /** A 429 said to wait: every call with `key` waits until the pause ends (a quota pause fails them instead). */
  async pause(key: string, pause: Pause): Promise<void> {
    await this.options.store.pause(key, pause);
    this.#wake(key);
  }

  /** Wakes every queue of `key` (a completion may have freed a slot, or a pause changed). */
  #wake(key: string): void {
    for (const queue of this.#queues.values()) if (queue.key === key) queue.wake?.();
  }

  async #pump(q: Queue): Promise<void> {
    if (q.pumping) return;
    q.pumping = true;
    try {
      while (q.waiters.length > 0) {
        const head = q.waiters[0]!;
        try {
          await this.#serveHead(q, head);
        } catch (error) {
          // The store failed (e.g. Redis is down and the store fails closed):
          // the caller at the head gets the error instead of waiting forever.
          const index = q.waiters.indexOf(head);
          if (index >= 0) q.waiters.splice(index, 1);
          this.#settle(head, error);
        }
      }
    } finally {
      q.pumping = false;
      q.wake = undefined;
    }
  }

  /** One step for the caller at the head of the queue: grant, fail, or wait a while. */
  async #serveHead(q: Queue, head: Waiter): Promise<void> {
    const now = clock();
    const pausedUntil = this.options.store.pausedUntil(q.key, now);
    const pause = isPromise(pausedUntil) ? await pausedUntil : pausedUntil;
    if (pause) {
      if (pause.kind === "quota") {
        for (const waiter of q.waiters.splice(0)) this.#settle(waiter, quotaExceeded(waiter.request, pause, now));
        return;
      }
      if (!this.#waitOrFail(q, head, pause.until - now, `paused after a 429 (${pause.reason})`)) return;
      await this.#sleep(q, pause.until - now);
      return;
    }
    const budgetWait = this.options.budget?.waitMs(q.key, now) ?? 0;
    if (budgetWait > 0) {
      if (this.#waitOrFail(q, head, budgetWait, "the server's announced limit is spent")) await this.#sleep(q, budgetWait);
      return;
    }
    const attempt =
      q.windows.length === 0 ? ({ granted: true, leaseId: "" } as const) : this.options.store.tryAcquire(q.key, q.windows, now);
    const result = isPromise(attempt) ? await attempt : attempt;
    if (result.granted) {
      const waiter = q.waiters.shift();
      const lease = this.#lease(q.key, q.windows, result.leaseId);
      if (waiter) {
        this.options.budget?.take(q.key);
        this.#settle(waiter, undefined, lease);
      } else {
        await lease.complete(); // everyone left while we asked: give the slot back
      }
      return;
    }
    const window = q.windows.find((w) => w.id === result.windowId);
    if (window?.quota) {
      q.waiters.shift();
      this.#settle(head, quotaExceeded(head.request, { until: now + result.retryInMs, kind: "quota", reason: window.id }, now));
      return;
    }
    if (this.#waitOrFail(q, head, result.retryInMs, `window "${result.windowId}" is full`)) await this.#sleep(q, result.retryInMs);
  }

  /** True when the head may wait `ms`; otherwise fails it and returns false. */
  #waitOrFail(q: Queue, head: Waiter, ms: number, why: string): boolean {
    if (ms <= this.options.maxWaitMs) return true;
    q.waiters.shift();
    this.#settle(
      head,
      new RateLimitError(`${head.request}: rate limited, ${why}; the wait of ${Math.ceil(ms)} ms exceeds rateLimit.maxWaitMs`, {
        request: head.request,
        retryAfterMs: ms,
      }),
    );
    return false;
  }

  #settle(waiter: Waiter, error: unknown, lease?: Lease): void {
    waiter.signal?.removeEventListener("abort", waiter.onAbort);
    if (error) waiter.reject(error);
    else waiter.resolve(lease!);
  }

  #lease(key: string, windows: readonly WindowSpec[], leaseId: string): Lease {
    const { budget, store } = this.options;
    if (windows.length === 0 && !budget) return NO_LEASE;
    let done = false;
    return {
      complete: (headers) => {
        if (done) return;
        done = true;
        const now = clock();
        // Learn the announced budget before the slot goes to the next caller.
        if (headers) budget?.observe(key, headers, now);
        else budget?.released(key);
        if (windows.length === 0) return this.#wake(key);
        const completed = store.complete(key, leaseId, windows, now);
        if (!isPromise(completed)) return this.#wake(key);
        return completed.then(() => this.#wake(key));
      },
    };
  }

  #sleep(q: Queue, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(1, ms));
      function done() {
        clearTimeout(timer);
        q.wake = undefined;
        resolve();
      }
      q.wake = done;
    });
  }
}

const FREE: AcquireResult = { granted: true, leaseId: "" };
const NO_LEASE: Lease = { complete: () => {} };

/** One queue per credential key and window set; the ids of a set are joined once. */
const windowIds = new WeakMap<readonly WindowSpec[], string>();
function queueKeyOf(key: string, windows: readonly WindowSpec[]): string {
  let ids = windowIds.get(windows);
  if (ids === undefined) {
    ids = windows.map((w) => w.id).join(",");
    windowIds.set(windows, ids);
  }
  return `${key}|${ids}`;
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as Promise<T>)?.then === "function";
