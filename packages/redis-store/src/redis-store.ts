// A LimiterStore on Redis: every process that uses the same Redis and the
// same credential shares its rate-limit windows and its 429 / quota pauses.
// Keys are `<prefix>:{<api>:<credential hash>}:…`: the middleware hashes the
// credential, so Redis never holds one. The braces keep a credential's keys
// on one Redis Cluster slot.
//
// If Redis is down: `onUnavailable: "memory"` (default) keeps working with a
// per-process memory store and warns once; `"fail"` refuses to send (fail
// closed). Either way no request is lost or sent twice, and when Redis is back
// the next call uses it again (ioredis re-sends a script Redis forgot after a
// restart: EVALSHA falls back to EVAL on NOSCRIPT).
import { type AcquireResult, type LimiterStore, type Logger, MemoryStore, type Pause, type WindowSpec } from "@api-clients/middleware";
import type { Redis } from "ioredis";
import { COMPLETE, IN_FLIGHT_MS, PAUSE, TRY_ACQUIRE } from "./scripts.js";
import { StoreUnavailableError } from "./store-unavailable-error.js";

export interface RedisStoreOptions {
  /** A connected ioredis client. Create it with `enableOfflineQueue: false` so calls fail fast while Redis is down. */
  redis: Redis;
  /** Prefix of every key. Default: `api-clients`. */
  prefix?: string;
  /** What to do while Redis is unreachable: `"memory"` (limit per process, warn) or `"fail"` (send nothing). Default: `"memory"`. */
  onUnavailable?: "memory" | "fail";
  /** Where the fallback warning goes. Default: `console`. */
  logger?: Pick<Logger, "warn">;
}

interface ScriptedRedis extends Redis {
  apiClientsTryAcquire(...args: (string | number)[]): Promise<[number, number?, number?]>;
  apiClientsComplete(...args: (string | number)[]): Promise<number>;
  apiClientsPause(...args: (string | number)[]): Promise<number>;
}

/** Clients that already have our scripts defined (several stores may share one client). */
const scripted = new WeakSet<Redis>();

export class RedisStore implements LimiterStore {
  readonly #redis: ScriptedRedis;
  readonly #prefix: string;
  readonly #onUnavailable: "memory" | "fail";
  readonly #logger: Pick<Logger, "warn">;
  /**
   * This process's own requests, counted here as well as in Redis: the
   * fallback while Redis is down, and a floor after Redis restarts empty (it
   * still knows what this process just sent).
   */
  readonly #local = new MemoryStore();
  /** Redis lease → the same request's local lease. */
  readonly #links = new Map<string, string>();
  /** Leases granted by the local store alone (Redis was down). */
  readonly #localOnly = new Set<string>();
  #warned = false;

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
  }

  #windowKey = (key: string, window: WindowSpec) => `${this.#prefix}:{${key}}:w:${window.id}`;
  #pauseKey = (key: string) => `${this.#prefix}:{${key}}:pause`;

  async tryAcquire(key: string, windows: readonly WindowSpec[], now: number): Promise<AcquireResult> {
    const local = this.#local.tryAcquire(key, windows, now);
    if (!local.granted) return local; // this process alone already fills a window
    const leaseId = crypto.randomUUID();
    const args = windows.flatMap((w) => [w.limit, Math.ceil(w.windowMs)]);
    try {
      const keys = windows.map((w) => this.#windowKey(key, w));
      const [granted, retryInMs, index] = await this.#redis.apiClientsTryAcquire(
        keys.length,
        ...keys,
        Math.floor(now),
        leaseId,
        IN_FLIGHT_MS,
        ...args,
      );
      this.#recovered();
      if (granted === 1) {
        this.#links.set(leaseId, local.leaseId);
        return { granted: true, leaseId };
      }
      this.#local.cancel(key, local.leaseId, windows);
      return { granted: false, retryInMs: retryInMs!, windowId: windows[index! - 1]!.id };
    } catch (error) {
      try {
        await this.#unavailable(error, () => undefined);
      } catch (failClosed) {
        this.#local.cancel(key, local.leaseId, windows);
        throw failClosed;
      }
      this.#localOnly.add(local.leaseId);
      return local;
    }
  }

  async complete(key: string, leaseId: string, windows: readonly WindowSpec[], now: number): Promise<void> {
    if (this.#localOnly.delete(leaseId)) return this.#local.complete(key, leaseId, windows, now);
    const localLease = this.#links.get(leaseId);
    this.#links.delete(leaseId);
    if (localLease) this.#local.complete(key, localLease, windows, now);
    try {
      const keys = windows.map((w) => this.#windowKey(key, w));
      await this.#redis.apiClientsComplete(keys.length, ...keys, Math.floor(now), leaseId);
    } catch {
      // The lease stays "in flight" in Redis and ages out after IN_FLIGHT_MS: safe, never too many.
    }
  }

  async pause(key: string, pause: Pause): Promise<void> {
    this.#local.pause(key, pause);
    try {
      await this.#redis.apiClientsPause(this.#pauseKey(key), Math.ceil(pause.until), Date.now(), `${pause.kind}|${pause.reason}`);
    } catch (error) {
      await this.#unavailable(error, async () => undefined);
    }
  }

  async pausedUntil(key: string, now: number): Promise<Pause | undefined> {
    const local = this.#local.pausedUntil(key, now);
    let value: string | null;
    try {
      value = await this.#redis.get(this.#pauseKey(key));
    } catch (error) {
      return this.#unavailable(error, async () => local);
    }
    const [until, kind, ...reason] = (value ?? "").split("|");
    const remote =
      value && Number(until) > now ? { until: Number(until), kind: kind as Pause["kind"], reason: reason.join("|") } : undefined;
    return remote && (!local || remote.until >= local.until) ? remote : local;
  }

  async #unavailable<T>(error: unknown, fallback: () => T | Promise<T>): Promise<T> {
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
    if (this.#warned) {
      this.#warned = false;
      this.#logger.warn("@api-clients/redis-store: Redis is back; limits are shared again");
    }
  }
}

export function createRedisStore(options: RedisStoreOptions): RedisStore {
  return new RedisStore(options);
}
