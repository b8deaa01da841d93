// Where rate-limit state lives. The in-memory store serves one process;
// @api-clients/redis-store implements the same interface so that many
// processes sharing a credential share its windows and its pauses.
//
// Counting rule (why slots are held past the response): a server counts a
// request when it arrives, which is somewhere between when we sent it and
// when its response came back. A slot is therefore counted from the moment it
// is granted (in flight) until `windowMs` after the response arrived. Then no
// window of the server's own clock can see more than `limit` arrivals, however
// late or early each one reached it.

export interface WindowSpec {
  /** Window id, unique within the key. */
  readonly id: string;
  /** Requests admitted per window. */
  readonly limit: number;
  readonly windowMs: number;
  /** A long window (a day): running out fails fast instead of waiting. Stores may ignore it. */
  readonly quota?: boolean;
}

export type AcquireResult =
  | { readonly granted: true; readonly leaseId: string }
  | {
      readonly granted: false;
      /** How long until a slot may free up; a completion may free one sooner. */
      readonly retryInMs: number;
      /** The window that is full. */
      readonly windowId: string;
    };

export interface Pause {
  /** Epoch ms until which no request under the key may be sent. */
  readonly until: number;
  /** `quota`: fail fast instead of waiting; `rate-limit`: wait. */
  readonly kind: "rate-limit" | "quota";
  /** The API's name for what ran out (`daily`, a window id, …). */
  readonly reason: string;
}

/** A store may answer synchronously (memory) or asynchronously (Redis). */
export type MaybePromise<T> = T | Promise<T>;

export interface LimiterStore {
  /**
   * True when every method answers synchronously (the memory store): a free
   * slot can then be granted without a Promise. Leave it out otherwise.
   */
  readonly synchronous?: boolean;
  /** Atomically: if every window under `key` has room, count one in-flight request in each and grant a lease. */
  tryAcquire(key: string, windows: readonly WindowSpec[], now: number): MaybePromise<AcquireResult>;
  /** The leased request got its response (or failed) at `now`: keep it counted until `now + windowMs`. */
  complete(key: string, leaseId: string, windows: readonly WindowSpec[], now: number): MaybePromise<void>;
  /** Pause every request under `key`; a later `until` wins over an earlier one. */
  pause(key: string, pause: Pause): MaybePromise<void>;
  /** The pause in force at `now`, if any. */
  pausedUntil(key: string, now: number): MaybePromise<Pause | undefined>;
}
