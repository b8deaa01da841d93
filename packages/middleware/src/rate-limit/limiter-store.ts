// Where rate-limit state lives. The in-memory store serves one process;
// @api-clients/redis-store implements the same contract so that many
// processes sharing a credential share its windows, announced budgets and
// pauses. Each window says which algorithm the server runs (the spec's
// `x-rate-limits`), and the store plans against exactly that:
//
// - gcra: the generic cell rate algorithm (a token bucket): one request per
//   `intervalMs` sustained, `burst` at once. PluralKit's limiter.
// - sliding-window: at most `limit` in any `windowMs` (a sliding log), the
//   safe reading when an API publishes "N per T" and nothing more.
// - fixed-window: at most `limit` per window, windows starting at multiples
//   of `windowMs` since the Unix epoch (a UTC day for a daily quota).
// - header-announced: what the server says is left (X-RateLimit-Remaining)
//   until it says the window resets, minus requests still on their way.
//
// A server counts a request when it *arrives*. The client knows when it sent
// it, and when its answer came back; arrival lies between. A sliding or fixed
// window counts a request in flight as arriving now, and an answered one as
// having arrived when its answer came (a failed one `marginMs` later, as it
// may still be on its way). A GCRA, which must plan ahead, is given the
// variation (`marginMs`, measured by the limiter) and plans a burst that much
// smaller (the limiter makes it at least the age of this process's oldest
// request in flight, which may still arrive now). Then however the delays fall, the server never sees more than its
// limit, and a steady stream still runs at the full rate.

interface WindowBase {
  /** Window id, unique within the key; names the window in errors and store keys. */
  readonly id: string;
  /** A long window (a day): running out fails fast instead of waiting. */
  readonly quota?: boolean;
}

export interface GcraWindow extends WindowBase {
  readonly algorithm: "gcra";
  /** The emission interval: one request per this many ms, sustained. */
  readonly intervalMs: number;
  /** How many requests the server admits at once from an idle bucket. */
  readonly burst: number;
}

export interface CountingWindow extends WindowBase {
  readonly algorithm: "sliding-window" | "fixed-window";
  readonly limit: number;
  readonly windowMs: number;
}

export interface AnnouncedWindow extends WindowBase {
  readonly algorithm: "header-announced";
  /** The budget's scope: the API's scope header value when it sends one, else the window id. */
  readonly scope: string;
}

export type WindowSpec = GcraWindow | CountingWindow | AnnouncedWindow;

/** What an answer's headers say about a header-announced window. */
export interface Announcement {
  /** Requests the server says are left; undefined when the answer did not say. */
  readonly remaining: number | undefined;
  /** When its window resets (epoch ms). */
  readonly resetAt: number | undefined;
  readonly limit: number | undefined;
}

export type AcquireResult =
  | { readonly granted: true; readonly leaseId: string }
  | {
      readonly granted: false;
      /** How long until a request may go; an answer may free one sooner. */
      readonly retryInMs: number;
      /** The window that is full. */
      readonly windowId: string;
      readonly pause?: undefined;
    }
  /** Every request under the key is paused (a 429's hint, a spent quota). */
  | { readonly granted: false; readonly pause: Pause; readonly retryInMs?: undefined };

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
  /**
   * Atomically: unless `key` is paused, and if every window has room for a
   * request sent at `now`, count it in each and grant a lease. `marginMs` is
   * how much later than `now` a request granted now, or one still in flight,
   * may arrive at the server.
   */
  tryAcquire(key: string, windows: readonly WindowSpec[], now: number, marginMs: number): MaybePromise<AcquireResult>;
  /**
   * The leased request's attempt is over at `now`. It stops counting as in
   * flight: a sliding or fixed window counts it from then on as having
   * arrived by `now + lateByMs` (0 when it was answered: a request arrives
   * before its answer; the arrival margin when it failed without an answer,
   * as it may still be on its way). For header-announced windows `announced`
   * (what the answer's headers said, when they said anything) replaces the
   * budget. A GCRA plans from the send time and needs nothing here.
   */
  complete(
    key: string,
    leaseId: string,
    windows: readonly WindowSpec[],
    now: number,
    announced?: Announcement,
    lateByMs?: number,
  ): MaybePromise<void>;
  /** Pause every request under `key`; a later `until` wins over an earlier one. */
  pause(key: string, pause: Pause): MaybePromise<void>;
}
