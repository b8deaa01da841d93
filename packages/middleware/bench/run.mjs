// pnpm bench (in packages/middleware): what the middleware costs, and how
// close to a limit it drives without a 429. Baselines are measured in the
// same run against the same local server:
//   bare fetch  →  bare openapi-fetch  →  full client (limits set high)
// and the ratio full / bare openapi-fetch is printed (target ≥ 0.95).
import { spawn } from "node:child_process";
import createClient from "openapi-fetch";
import { createApiClient, MemoryStore } from "../dist/index.js";

const N = Number(process.env.BENCH_REQUESTS ?? 3000);

function startServer(env = {}) {
  const child = spawn(process.execPath, [new URL("./server.mjs", import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) => {
    child.stdout.once("data", (d) => resolve({ url: `http://127.0.0.1:${String(d).trim()}`, stop: () => child.kill() }));
  });
}

const metadata = (serverUrl) => ({
  api: "bench",
  title: "Bench",
  version: "1",
  serverUrl,
  rateLimits: null,
  operations: { getItem: { method: "GET", path: "/items/{itemId}", tag: null, deprecated: false, permissions: [], pagination: null } },
});
const definition = (serverUrl) => ({
  metadata: metadata(serverUrl),
  auth: { type: "bearer" },
  credentialName: "token",
  defaultUserAgent: "bench",
  parseError: () => ({}),
});

async function measure(label, call, concurrency) {
  for (let i = 0; i < 200; i++) await call(); // warm up connections and JIT
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < N) await call();
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { label, rps: N / seconds, cpuUsPerRequest: (cpu.user + cpu.system) / N };
}

const server = await startServer();
const url = server.url;
const params = { params: { path: { itemId: "a1" } } };
const bareFetch = async () => (await fetch(`${url}/items/a1`, { headers: { Authorization: "Bearer t" } })).json();
const bare = createClient({ baseUrl: url, headers: { Authorization: "Bearer t" } });
const full = createApiClient("bench", definition(url), {
  token: "bench-token",
  rateLimit: { windows: [{ id: "high", limit: 1_000_000, windowSeconds: 1, per: "credential" }], store: new MemoryStore() },
});
const rows = [];
for (const concurrency of [1, 64]) {
  const results = [];
  // Interleave rounds so drift (thermal, GC) hits every variant alike.
  for (let round = 0; round < 3; round++) {
    results.push(await measure("bare fetch", bareFetch, concurrency));
    results.push(await measure("bare openapi-fetch", () => bare.GET("/items/{itemId}", params), concurrency));
    results.push(await measure("full client", () => full.GET("/items/{itemId}", params), concurrency));
  }
  const best = (label) => results.filter((r) => r.label === label).sort((a, b) => b.rps - a.rps)[0];
  const [f, o, c] = ["bare fetch", "bare openapi-fetch", "full client"].map(best);
  rows.push({ concurrency, f, o, c });
}
server.stop();

console.log(`\nmiddleware overhead, ${N} requests per run, best of 3 (local node:http server in another process)`);
console.log(
  "in flight | bare fetch req/s | openapi-fetch req/s | full client req/s | full/openapi-fetch | client CPU µs/req (openapi-fetch → full)",
);
for (const { concurrency, f, o, c } of rows) {
  console.log(
    `${String(concurrency).padStart(9)} | ${f.rps.toFixed(0).padStart(16)} | ${o.rps.toFixed(0).padStart(19)} | ${c.rps.toFixed(0).padStart(17)} | ${(c.rps / o.rps).toFixed(3).padStart(18)} | ${o.cpuUsPerRequest.toFixed(0)} → ${c.cpuUsPerRequest.toFixed(0)} (+${(c.cpuUsPerRequest - o.cpuUsPerRequest).toFixed(0)})`,
  );
}

// Driven far past a limit: 64 callers against a server that allows LIMIT per WINDOW_MS.
const LIMIT = 100;
const WINDOW_MS = 2000;
const limited = await startServer({ LIMIT: String(LIMIT), WINDOW_MS: String(WINDOW_MS) });
const limitedClient = createApiClient("bench", definition(limited.url), {
  token: "bench-limited",
  rateLimit: { windows: [{ id: "w", limit: LIMIT, windowSeconds: WINDOW_MS / 1000, per: "credential" }], store: new MemoryStore() },
  retry: false,
});
const total = 1000;
let issued = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: 64 }, async () => {
    while (issued++ < total) await limitedClient.GET("/items/{itemId}", params);
  }),
);
const seconds = (performance.now() - t0) / 1000;
const stats = await (await fetch(`${limited.url}/__stats`)).json();
limited.stop();
const allowed = LIMIT / (WINDOW_MS / 1000);
console.log(`\ndriven past a limit of ${LIMIT} per ${WINDOW_MS} ms with 64 in flight: ${total} requests in ${seconds.toFixed(2)} s`);
// The first window's burst goes out at t = 0, so counting it would credit the
// run with one window more than it took. The fair rate leaves it out: every
// request after the first burst, over the whole run. Each slot is held for a
// window past its response (the server counts arrivals), so the ceiling is
// limit / (window + latency).
const steady = (total - LIMIT) / seconds;
console.log(
  `achieved/allowed rate: ${(steady / allowed).toFixed(3)} (allowed ${allowed}/s; ${total - LIMIT} requests after the first burst in ${seconds.toFixed(2)} s)`,
);
console.log(`429s from the server: ${stats.rejected}`);
