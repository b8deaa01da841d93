// A LimiterStore on Redis: every process that uses the same Redis and the
// same credential shares its rate-limit windows, its announced budgets and
// its 429 / quota pauses. Keys are `<prefix>:{<api>:<credential hash>}:…`:
// the middleware hashes the credential, so Redis never holds one. The braces
// keep a credential's keys on one Redis Cluster slot.
//
// If Redis is down: `onUnavailable: "memory"` (default) keeps working from
// this process's own memory and warns once; `"fail"` refuses to send (fail
// closed). Either way no request is lost or sent twice. In memory, each
// process takes its share of every window: Redis tells each call how many
// processes used the credential in the last minute, and the fallback plans
// with 1/N of each limit, so the fleet stays within it while Redis is away
// (and while a process is still reconnecting after Redis is back).
//
// When Redis comes back (restarted empty, or after this process lost its
// connection), its counts no longer hold what the fleet sent just before. So
// for one window after every reconnect this process grants nothing (a GCRA
// bucket drains in `burst` + 1 intervals; a sliding or fixed window in its
// length): then the API's own count is empty whatever Redis forgot, for any
// number of processes, live or dead. Re-seeding from each process's memory
// could not know what a dead or idle process sent. Announced budgets need no
// hold (their first call after is a probe that re-learns the budget), and
// neither do quota windows (a day), whose loss the API itself reports.
import type { AcquireResult, Announcement, LimiterStore, Logger, Pause, WindowSpec } from "@api-clients/middleware";
import { MemoryStore } from "@api-clients/middleware";
import type { Redis } from "ioredis";
import { COMPLETE, PAUSE, TRY_ACQUIRE } from "./scripts.js";
import { StoreUnavailableError } from "./store-unavailable-error.js";

export interface RedisStoreOptions {
  /** A connected ioredis client. Create it with `enableOfflineQueue: false` so calls fail fast while Redis is down. */
  redis: Redis;
  /** Prefix of every key. Default: `api-clients`. */
  prefix?: string | undefined;
  /** What to do while Redis is unreachable: `"memory"` (limit per process, warn) or `"fail"` (send nothing). Default: `"memory"`. */
  onUnavailable?: "memory" | "fail" | undefined;
  /** Where the fallback warning goes. Default: `console`. */
  logger?: Pick<Logger, "warn"> | undefined;
}

interface ScriptedRedis extends Redis {
  apiClientsTryAcquire(...args: (string | number)[]): Promise<[number, number, number?, (number | string)?]>;
  apiClientsComplete(...args: (string | number)[]): Promise<number>;
  apiClientsPause(...args: (string | number)[]): Promise<number>;
}

/** Clients that already have our scripts defined (several stores may share one client). */
const scripted = new WeakSet<Redis>();

/** Credentials whose fleet size is remembered (the most recent ones). */
const MAX_FLEETS = 1024;

/** Request ends kept to send again once Redis answers (beyond this, their entries' TTL ends them). */
const MAX_UNSENT_ENDS = 10_000;

export class RedisStore implements LimiterStore {
  readonly #redis: ScriptedRedis;
  readonly #prefix: string;
  readonly #onUnavailable: "memory" | "fail";
  readonly #logger: Pick<Logger, "warn">;
  /** This process's own grants, counted in memory too: the fallback while Redis is down. */
  readonly #local = new MemoryStore();
  /** This process's id in each credential's set of processes. */
  readonly #processId = crypto.randomUUID();
  /** How many processes shared each credential when Redis last said. */
  readonly #fleet = new Map<string, number>();
  /** When this process last (re)connected to Redis after losing it; grants wait a window from then. */
  #reconnectedAt = Number.NEGATIVE_INFINITY;
  #lostConnection = false;
  #warned = false;
  /**
   * Ends of requests that could not reach Redis (a dropped connection). Until
   * they do, those requests count as in flight for every process, so each is
   * sent again once Redis answers: a blip costs the fleet no slots.
   */
  readonly #unsentEnds: (() => Promise<unknown>)[] = [];
  /** Leases Redis granted and whose end it has not been sent yet (as many as requests in flight). */
  readonly #redisLeases = new Set<string>();

  constructor(options: RedisStoreOptions) {
    if (!options?.redis || typeof options.redis.defineCommand !== "function") {
      throw new TypeError("createRedisStore: redis must be an ioredis client");
    }
    if (options.onUnavailable !== undefined && options.onUnavailable !== "memory" && options.onUnavailable !== "fail") {
      throw new TypeError(`createRedisStore: onUnavailable must be "memory" or "fail", got ${JSON.stringify(options.onUnavailable)}`);
    }
    this.#redis = options.redis as ScriptedRedis;
    this.#prefix = options.prefix ?? "api-clients";
    if (!/^[\w.:-]+$/.test(this.#prefix)) throw new TypeError("createRedisStore: prefix may hold letters, digits, _ . : - only");
    this.#onUnavailable = options.onUnavailable ?? "memory";
    this.#logger = options.logger ?? console;
    if (!scripted.has(options.redis)) {
      scripted.add(options.redis);
      options.redis.defineCommand("apiClientsTryAcquire", { lua: TRY_ACQUIRE });
      options.redis.defineCommand("apiClientsComplete", { lua: COMPLETE });
      options.redis.defineCommand("apiClientsPause", { numberOfKeys: 1, lua: PAUSE });
    }
    options.redis.on("close", () => {
      this.#lostConnection = true;
    });
    options.redis.on("ready", () => {
      if (this.#lostConnection) this.#reconnectedAt = performance.timeOrigin + performance.now();
      this.#lostConnection = false;
      this.#sendUnsentEnds();
    });
  }

  #fleetKey = (key: string) => `${this.#prefix}:{${key}}:processes`;
  #windowKey = (key: string, window: WindowSpec) =>
    `${this.#prefix}:{${key}}:${window.algorithm === "header-announced" ? `b:${window.id}|${window.scope}` : `w:${window.id}`}`;
  #pauseKey = (key: string) => `${this.#prefix}:{${key}}:pause`;

  async tryAcquire(key: string, windows: readonly WindowSpec[], now: number, marginMs: number): Promise<AcquireResult> {
    const held = this.#heldAfterReconnect(windows, now, marginMs);
    if (held) return held;
    const leaseId = crypto.randomUUID();
    const args = windows.flatMap((w) =>
      w.algorithm === "gcra"
        ? [w.algorithm, w.intervalMs, w.burst]
        : w.algorithm === "header-announced"
          ? [w.algorithm, 0, 0]
          : [w.algorithm, w.limit, w.windowMs],
    );
    let answer: [number, number, number?, (number | string)?];
    try {
      const keys = [this.#pauseKey(key), this.#fleetKey(key), ...windows.map((w) => this.#windowKey(key, w))];
      answer = await this.#redis.apiClientsTryAcquire(
        keys.length,
        ...keys,
        Math.max(0, Math.ceil(marginMs)),
        leaseId,
        this.#processId,
        ...args,
      );
    } catch (error) {
      return this.#unavailable(error, () => this.#local.tryAcquire(key, shareOf(windows, this.#fleet.get(key) ?? 1), now, marginMs));
    }
    this.#recovered();
    const [code, processes, value, detail] = answer;
    this.#fleet.delete(key);
    if (this.#fleet.size >= MAX_FLEETS) this.#fleet.delete(this.#fleet.keys().next().value!);
    this.#fleet.set(key, processes);
    if (code === 1) {
      this.#local.count(key, windows, now, marginMs, leaseId);
      this.#redisLeases.add(leaseId);
      return { granted: true, leaseId };
    }
    if (code === 2) {
      const [kind, ...reason] = String(detail).split("|");
      return { granted: false, pause: { until: value!, kind: kind as Pause["kind"], reason: reason.join("|") } };
    }
    return { granted: false, retryInMs: value!, windowId: windows[(detail as number) - 1]!.id };
  }

  async complete(
    key: string,
    leaseId: string,
    windows: readonly WindowSpec[],
    now: number,
    announced?: Announcement,
    lateByMs = 0,
  ): Promise<void> {
    this.#local.complete(key, leaseId, windows, now, announced, lateByMs);
    // A lease the memory fallback granted was never counted in Redis: its end belongs to memory alone.
    if (!this.#redisLeases.delete(leaseId)) return;
    // A GCRA needs no end; a counting window's entry is named by its place in tryAcquire's list.
    const ended = windows.flatMap((w, i) =>
      w.algorithm === "gcra" ? [] : [{ w, kind: w.algorithm === "header-announced" ? "b" : `w${i + 1}` }],
    );
    if (ended.length === 0) return;
    const said = (n: number | undefined) => (n === undefined ? "" : String(n));
    const send = () =>
      this.#redis.apiClientsComplete(
        ended.length,
        ...ended.map(({ w }) => this.#windowKey(key, w)),
        leaseId,
        Math.max(0, Math.ceil(lateByMs)),
        said(announced?.remaining),
        said(announced?.resetAt),
        said(announced?.limit),
        ...ended.map(({ kind }) => kind),
      );
    try {
      await send();
    } catch {
      // Still "in flight" in Redis (safe, never too many) until it is sent again, or its TTL.
      if (this.#unsentEnds.length < MAX_UNSENT_ENDS) this.#unsentEnds.push(send);
    }
  }

  /** Sends again the ends that could not reach Redis; one that fails again is left to its entries' TTL. */
  #sendUnsentEnds(): void {
    for (const send of this.#unsentEnds.splice(0)) send().catch(() => {});
  }

  async pause(key: string, pause: Pause): Promise<void> {
    this.#local.pause(key, pause);
    try {
      await this.#redis.apiClientsPause(this.#pauseKey(key), Math.ceil(pause.until), `${pause.kind}|${pause.reason}`);
    } catch (error) {
      await this.#unavailable(error, async () => undefined);
    }
  }

  /** Within one window of a reconnect, a wait until that window has passed (see the file's header). */
  #heldAfterReconnect(windows: readonly WindowSpec[], now: number, marginMs: number): AcquireResult | undefined {
    let until = 0;
    let windowId = "";
    for (const window of windows) {
      if (window.quota || window.algorithm === "header-announced") continue;
      // A GCRA bucket is empty at most one interval past `burst` intervals (PluralKit's holds rate × interval).
      const length = window.algorithm === "gcra" ? (window.burst + 1) * window.intervalMs : window.windowMs;
      const end = this.#reconnectedAt + length + marginMs;
      if (end > until) [until, windowId] = [end, window.id];
    }
    return until > now ? { granted: false, retryInMs: Math.ceil(until - now), windowId } : undefined;
  }

  async #unavailable<T>(error: unknown, fallback: () => T | Promise<T>): Promise<T> {
    this.#lostConnection = true;
    if (this.#onUnavailable === "fail") {
      throw new StoreUnavailableError("rate-limit store unavailable (Redis did not answer); the request was not sent", { cause: error });
    }
    if (!this.#warned) {
      this.#warned = true;
      this.#logger.warn("@api-clients/redis-store: Redis is unavailable; limiting per process until it is back");
    }
    return fallback();
  }

  #recovered(): void {
    if (this.#unsentEnds.length > 0) this.#sendUnsentEnds();
    if (this.#warned) {
      this.#warned = false;
      this.#logger.warn("@api-clients/redis-store: Redis is back; limits are shared again");
    }
  }
}

/** One process's share of each window when `processes` share it: 1/N of its limit (at least one request). */
function shareOf(windows: readonly WindowSpec[], processes: number): readonly WindowSpec[] {
  if (processes <= 1) return windows;
  return windows.map((window) => {
    if (window.algorithm === "gcra")
      return { ...window, intervalMs: window.intervalMs * processes, burst: Math.max(1, Math.floor(window.burst / processes)) };
    if (window.algorithm === "header-announced") return window;
    return { ...window, limit: Math.max(1, Math.floor(window.limit / processes)) };
  });
}

export function createRedisStore(options: RedisStoreOptions): RedisStore {
  return new RedisStore(options);
}
