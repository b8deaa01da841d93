// Optional caching of list responses. PhishStats refreshes its data every 90
// minutes and asks clients not to poll faster (https://phishstats.info/api-docs),
// so an identical request within that time is answered from memory: no
// request, no quota spent. An openapi-fetch middleware, so a cached answer
// never reaches the rate limiter.
import type { Middleware } from "openapi-fetch";

export interface CacheOptions {
  /** How long an answer is reused, in ms. Default: 90 minutes, PhishStats' refresh cycle. */
  ttlMs?: number;
  /** The most answers kept; the oldest goes first. Default: `200`. */
  maxEntries?: number;
}

export const PHISHSTATS_REFRESH_MS = 90 * 60 * 1000;

interface Entry {
  storedAt: number;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

export function responseCache(options: CacheOptions = {}, now: () => number = Date.now): Middleware {
  const ttlMs = options.ttlMs ?? PHISHSTATS_REFRESH_MS;
  const maxEntries = options.maxEntries ?? 200;
  if (!(Number.isFinite(ttlMs) && ttlMs > 0)) throw new TypeError(`cache.ttlMs must be a number > 0, got ${ttlMs}`);
  if (!(Number.isInteger(maxEntries) && maxEntries > 0))
    throw new TypeError(`cache.maxEntries must be a whole number > 0, got ${maxEntries}`);
  const entries = new Map<string, Entry>();

  return {
    onRequest({ request }) {
      if (request.method !== "GET") return undefined;
      const entry = entries.get(request.url);
      if (!entry) return undefined;
      if (now() - entry.storedAt >= ttlMs) {
        entries.delete(request.url);
        return undefined;
      }
      const headers = new Headers(entry.headers);
      headers.set("X-Cache", "HIT");
      return new Response(entry.body.slice(0), { status: entry.status, headers });
    },
    async onResponse({ request, response }) {
      if (request.method !== "GET" || response.status !== 200 || response.headers.get("X-Cache") === "HIT") return undefined;
      const body = await response.clone().arrayBuffer();
      entries.delete(request.url);
      entries.set(request.url, { storedAt: now(), status: response.status, headers: [...response.headers], body });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return undefined;
    },
  };
}
