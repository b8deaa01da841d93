// A local node:http server that enforces a rate-limit policy the way a real
// API does, counting each request when it *arrives* (after the network's
// delay, when one is set), and answers 429 when a client exceeds it.
// Rate-limit tests and benchmarks drive a real client against it and assert
// that it never had to say 429.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface EnforcedLimit {
  id: string;
  /** Which requests count against this limit. */
  matches(method: string, path: string): boolean;
  /** Returns true when a request arriving at `now` is admitted (and counts it). */
  admit(now: number): boolean;
  /** Headers announcing the limit's state, sent on every answer it applies to (Pwnbook's X-RateLimit-*). */
  announce?(now: number): Record<string, string>;
}

/** At most `limit` arrivals in any `windowMs` (a sliding log). */
export function slidingWindow(id: string, limit: number, windowMs: number, matches: EnforcedLimit["matches"] = () => true): EnforcedLimit {
  const arrivals: number[] = [];
  return {
    id,
    matches,
    admit(now) {
      while (arrivals.length > 0 && arrivals[0]! <= now - windowMs) arrivals.shift();
      if (arrivals.length >= limit) return false;
      arrivals.push(now);
      return true;
    },
  };
}

/**
 * GCRA as PluralKit runs it (crates/api/src/middleware/ratelimit.lua and
 * ratelimit.rs): `rate` per `periodMs`, burst = rate. The script stores the
 * new TAT whenever the fractional `remaining` is ≥ 0, but returns it to Rust
 * as an integer (Redis truncates Lua numbers), and Rust admits only when that
 * integer is above 0: so a burst gets rate − 1 through, and a request refused
 * with 0 ≤ remaining < 1 still moves the TAT on.
 */
export function pluralKitGcra(id: string, rate: number, periodMs: number, matches: EnforcedLimit["matches"] = () => true): EnforcedLimit {
  const emission = periodMs / rate;
  const burstOffset = rate * emission;
  let tat = Number.NEGATIVE_INFINITY;
  return {
    id,
    matches,
    admit(now) {
      const newTat = Math.max(tat, now) + emission;
      const remaining = (now - (newTat - burstOffset)) / emission;
      if (remaining < 0) return false;
      tat = newTat;
      return Math.trunc(remaining) > 0;
    },
  };
}

/**
 * Fixed windows of `windowMs` aligned to the Unix epoch, announced in
 * X-RateLimit-Limit / -Remaining / -Reset (epoch seconds), the way Pwnbook
 * documents its budget.
 */
export function announcedFixedWindow(
  id: string,
  limit: number,
  windowMs: number,
  matches: EnforcedLimit["matches"] = () => true,
): EnforcedLimit {
  let start = 0;
  let used = 0;
  const roll = (now: number) => {
    const current = Math.floor(now / windowMs) * windowMs;
    if (current !== start) [start, used] = [current, 0];
  };
  return {
    id,
    matches,
    admit(now) {
      roll(now);
      if (used >= limit) return false;
      used++;
      return true;
    },
    announce(now) {
      roll(now);
      return {
        "X-RateLimit-Limit": String(limit),
        "X-RateLimit-Remaining": String(Math.max(0, limit - used)),
        "X-RateLimit-Reset": String(Math.ceil((start + windowMs) / 1000)),
      };
    },
  };
}

export interface EnforcingServerOptions {
  /** One-way network delay, each way, drawn uniformly from [min, max] ms per request. Default: none. */
  latencyMs?: readonly [min: number, max: number];
  /** An extra delay before the server counts a request, by path (a request stalled on its way). Default: none. */
  stalledMs?: (path: string) => number;
  /** Answers an admitted request. Default: 200 `{"ok":true}`. */
  respond?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface EnforcingServer {
  url: string;
  /** `admittedAt` / `rejectedAt`: when each admitted / refused request arrived (epoch ms). */
  stats: { admitted: number; rejected: number; byLimit: Record<string, number>; admittedAt: number[]; rejectedAt: number[] };
  stop(): Promise<void>;
}

const defaultRespond = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
};

export async function startLimitEnforcingServer(
  limits: EnforcedLimit[],
  options: EnforcingServerOptions | EnforcingServerOptions["respond"] = {},
): Promise<EnforcingServer> {
  const { latencyMs, stalledMs, respond = defaultRespond } = typeof options === "function" ? { respond: options } : options;
  const delay = () =>
    latencyMs ? new Promise((r) => setTimeout(r, latencyMs[0] + Math.random() * (latencyMs[1] - latencyMs[0]))) : undefined;
  const stats = { admitted: 0, rejected: 0, byLimit: {} as Record<string, number>, admittedAt: [] as number[], rejectedAt: [] as number[] };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    await delay(); // on its way to the server
    const stall = stalledMs?.(path) ?? 0;
    if (stall > 0) await new Promise((r) => setTimeout(r, stall));
    const now = performance.timeOrigin + performance.now();
    const applying = limits.filter((l) => l.matches(req.method ?? "GET", path));
    const refusedBy = applying.find((l) => !l.admit(now));
    const announced = Object.assign({}, ...applying.map((l) => l.announce?.(now) ?? {}));
    await delay(); // and back
    if (refusedBy) {
      stats.rejected++;
      stats.rejectedAt.push(now);
      stats.byLimit[refusedBy.id] = (stats.byLimit[refusedBy.id] ?? 0) + 1;
      res
        .writeHead(429, { "Content-Type": "application/json", "Retry-After": "1", ...announced })
        .end('{"message":"429: too many requests","code":0}');
      return;
    }
    stats.admitted++;
    stats.admittedAt.push(now);
    for (const [name, value] of Object.entries(announced)) res.setHeader(name, value as string);
    respond(req, res);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
