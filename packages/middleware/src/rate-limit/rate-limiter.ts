// Proactive rate limiting: callers wait, first come first served, until every
// window their request counts against has room, so the server never has to
// answer 429. Waiting happens per credential key and window set; a waiting
// caller whose stop signal fires (its own abort, or its credential rejected)
// leaves the queue at once and uses no slot. The limiter owns the pauses a
// 429 imposes, and learns from round trips how late a request may arrive.
// Octokit's plugin-throttling does the same job with Bottleneck
// (https://github.com/octokit/plugin-throttling.js).
import { now as clock } from "../clock.js";
import { quotaExceeded } from "../errors/quota-exceeded-error.js";
import { RateLimitError } from "../errors/rate-limit-error.js";
import { ArrivalMargin } from "./arrival-margin.js";
import type { AcquireResult, Announcement, LimiterStore, MaybePromise, Pause, WindowSpec } from "./limiter-store.js";

export interface Lease {
  /**
   * The attempt is over: its answer's head arrived (with what its headers
   * announced, for header-announced windows) or it failed without one. A
   * synchronous store finishes at once.
   */
  complete(answered?: { announced: Announcement | undefined }): void | Promise<void>;
}

/** What the one admission rule decides for the caller at the head of a queue. */
type Admission = { lease: Lease } | { waitMs: number; why: string } | { error: Error };

interface Waiter {
  resolve(lease: Lease): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort(): void;
  request: string;
}

interface Queue {
  id: string;
  key: string;
  windows: readonly WindowSpec[];
  waiters: Waiter[];
  pumping: boolean;
  wake?: (() => void) | undefined;
}

export interface RateLimiterOptions {
  store: LimiterStore;
  /** A wait longer than this fails with RateLimitError (or QuotaExceededError) instead. */
  maxWaitMs: number;
}

export class RateLimiter {
  readonly #queues = new Map<string, Queue>();
  readonly #margin = new ArrivalMargin();
  /**
   * When each of this process's requests in flight was granted, per key,
   * oldest first. A request in flight may still arrive now, however long ago
   * it was granted (a stalled event loop, a slow path): the margin a grant
   * plans with is at least the oldest one's age, so requests delayed together
   * cannot meet a fresh GCRA burst at the server. Kept here, not in a shared
   * store: a process that dies takes its requests' ages with it.
   */
  readonly #inFlight = new Map<string, Map<object, number>>();

  constructor(private readonly options: RateLimiterOptions) {}

  /**
   * The slot at once, without a Promise, a queue entry or an abort listener,
   * when this caller would be served next anyway (nobody waits in its queue)
   * and a synchronous store (memory) admits it. Otherwise undefined, and the
   * caller waits in `acquire`.
   */
  acquireNow(key: string, windows: readonly WindowSpec[], request: string): Lease | undefined {
    if (!this.options.store.synchronous) return undefined;
    const queue = this.#queues.get(queueId(key, windows));
    if (queue && (queue.pumping || queue.waiters.length > 0)) return undefined;
    const admission = this.#admit(key, windows, request) as Admission;
    return "lease" in admission ? admission.lease : undefined;
  }

  /** Waits in line for a slot under `key` in every window. When `signal` fires, the wait ends with the signal's reason. */
  acquire(key: string, windows: readonly WindowSpec[], signal: AbortSignal | undefined, request: string): Promise<Lease> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = queueId(key, windows);
    let queue = this.#queues.get(id);
    if (!queue) {
      queue = { id, key, windows, waiters: [], pumping: false };
      this.#queues.set(id, queue);
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

  /** A 429 said to wait: every call with `key` waits until the pause ends (a quota pause fails them instead). */
  async pause(key: string, pause: Pause): Promise<void> {
    await this.options.store.pause(key, pause);
    this.#wake(key);
  }

  /** Every queue waiting under `key` looks again (a pause changed, or a slot may have freed). */
  #wake(key: string): void {
    for (const queue of this.#queues.values()) if (queue.key === key) queue.wake?.();
  }

  /**
   * The one admission rule, for both the immediate path and the queue: is
   * `key` paused, does every window admit a request sent now, and if not, how
   * long to wait or whether to fail. Synchronous when the store is.
   */
  #admit(key: string, windows: readonly WindowSpec[], request: string): MaybePromise<Admission> {
    const now = clock();
    const oldest = this.#inFlight.get(key)?.values().next().value;
    const marginMs = oldest === undefined ? this.#margin.ms : Math.max(this.#margin.ms, now - oldest);
    const result = this.options.store.tryAcquire(key, windows, now, marginMs);
    return isPromise(result)
      ? result.then((r) => this.#decide(r, key, windows, request, now))
      : this.#decide(result, key, windows, request, now);
  }

  #decide(result: AcquireResult, key: string, windows: readonly WindowSpec[], request: string, now: number): Admission {
    if (result.granted) return { lease: this.#lease(key, windows, result.leaseId, now) };
    if (result.pause) {
      const { pause } = result;
      if (pause.kind === "quota") return { error: quotaExceeded(request, pause, now) };
      return this.#waitOrFail(pause.until - now, `paused after a 429 (${pause.reason})`, request);
    }
    const window = windows.find((w) => w.id === result.windowId);
    if (window?.quota) return { error: quotaExceeded(request, { until: now + result.retryInMs, kind: "quota", reason: window.id }, now) };
    return this.#waitOrFail(result.retryInMs, `window "${result.windowId}" is full`, request);
  }

  #waitOrFail(ms: number, why: string, request: string): Admission {
    if (ms <= this.options.maxWaitMs) return { waitMs: ms, why };
    const error = new RateLimitError(`${request}: rate limited, ${why}; the wait of ${Math.ceil(ms)} ms exceeds rateLimit.maxWaitMs`, {
      request,
      retryAfterMs: ms,
    });
    return { error };
  }

  async #pump(q: Queue): Promise<void> {
    if (q.pumping) return;
    q.pumping = true;
    try {
      while (q.waiters.length > 0) {
        const head = q.waiters[0]!;
        let admission: Admission;
        try {
          admission = await this.#admit(q.key, q.windows, head.request);
        } catch (error) {
          // The store failed (e.g. Redis is down and the store fails closed):
          // the caller at the head gets the error instead of waiting forever.
          admission = { error: error as Error };
        }
        if ("waitMs" in admission) {
          await this.#sleep(q, admission.waitMs);
          continue;
        }
        const waiter = q.waiters[0] === head ? q.waiters.shift() : undefined;
        if ("error" in admission) {
          if (waiter) this.#settle(waiter, admission.error);
          // A quota fails everyone in line with the same credential and windows.
          if (admission.error.name === "QuotaExceededError") for (const other of q.waiters.splice(0)) this.#settle(other, admission.error);
        } else if (waiter) this.#settle(waiter, undefined, admission.lease);
        else await admission.lease.complete(); // the head left while we asked: give the slot back
      }
    } finally {
      q.pumping = false;
      q.wake = undefined;
      if (q.waiters.length === 0) this.#queues.delete(q.id);
    }
  }

  #settle(waiter: Waiter, error: unknown, lease?: Lease): void {
    waiter.signal?.removeEventListener("abort", waiter.onAbort);
    if (error) waiter.reject(error);
    else waiter.resolve(lease!);
  }

  #lease(key: string, windows: readonly WindowSpec[], leaseId: string, grantedAt: number): Lease {
    const { store } = this.options;
    let done = false;
    const inFlight = this.#inFlight.get(key) ?? this.#inFlight.set(key, new Map()).get(key)!;
    const lease: Lease = {
      complete: (answered) => {
        if (done) return;
        done = true;
        inFlight.delete(lease);
        if (inFlight.size === 0 && this.#inFlight.get(key) === inFlight) this.#inFlight.delete(key);
        const now = clock();
        // A round trip, which bounds how late a request may arrive.
        if (answered) this.#margin.add(now - grantedAt);
        // Every lease ends in its store. Answered: it arrived by now; failed without an answer: it may still be on its way.
        const completed = store.complete(key, leaseId, windows, now, answered?.announced, answered ? 0 : this.#margin.ms);
        if (!isPromise(completed)) return this.#wake(key);
        return completed.then(() => this.#wake(key));
      },
    };
    inFlight.set(lease, grantedAt);
    return lease;
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

/** One queue per credential key and window set; the ids of a set are joined once. */
const windowIds = new WeakMap<readonly WindowSpec[], string>();
function queueId(key: string, windows: readonly WindowSpec[]): string {
  let ids = windowIds.get(windows);
  if (ids === undefined) {
    ids = windows.map((w) => (w.algorithm === "header-announced" ? `${w.id}|${w.scope}` : w.id)).join(",");
    windowIds.set(windows, ids);
  }
  return `${key}|${ids}`;
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as Promise<T>)?.then === "function";
