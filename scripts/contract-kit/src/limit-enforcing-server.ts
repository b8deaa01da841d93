// A local node:http server that enforces a rate-limit policy the way a real
// API does, counting each request when it *arrives*, and answers 429 when a
// client exceeds it. Rate-limit tests drive a real client against it and
// assert that it never had to say 429.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface EnforcedLimit {
  id: string;
  /** Which requests count against this limit. */
  matches(method: string, path: string): boolean;
  /** Returns true when a request arriving at `now` is admitted (and counts it). */
  admit(now: number): boolean;
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
 * GCRA as PluralKit runs it (crates/api/src/middleware/ratelimit.lua): `rate`
 * per `periodMs`, burst = rate, and a request admitted only while the
 * truncated remaining count is above 0, so a burst gets rate − 1 through.
 */
export function pluralKitGcra(id: string, rate: number, periodMs: number, matches: EnforcedLimit["matches"]): EnforcedLimit {
  const emission = periodMs / rate;
  const tolerance = rate * emission;
  let tat = 0;
  return {
    id,
    matches,
    admit(now) {
      const newTat = Math.max(tat, now) + emission;
      const remaining = Math.trunc((now - (newTat - tolerance)) / emission);
      if (remaining <= 0) return false;
      tat = newTat;
      return true;
    },
  };
}

export interface EnforcingServer {
  url: string;
  stats: { admitted: number; rejected: number; byLimit: Record<string, number> };
  stop(): Promise<void>;
}

export async function startLimitEnforcingServer(
  limits: EnforcedLimit[],
  respond: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
  },
): Promise<EnforcingServer> {
  const stats = { admitted: 0, rejected: 0, byLimit: {} as Record<string, number> };
  const server = createServer((req, res) => {
    const now = performance.now();
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const refusedBy = limits.filter((l) => l.matches(req.method ?? "GET", path)).find((l) => !l.admit(now));
    if (refusedBy) {
      stats.rejected++;
      stats.byLimit[refusedBy.id] = (stats.byLimit[refusedBy.id] ?? 0) + 1;
      res.writeHead(429, { "Content-Type": "application/json", "Retry-After": "1" }).end('{"message":"429: too many requests","code":0}');
      return;
    }
    stats.admitted++;
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
