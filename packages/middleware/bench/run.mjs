// pnpm bench (in packages/middleware): what the middleware costs, and how
// close to a limit it drives without a 429. Baselines are measured in the
// same run against the same local server:
//   bare fetch  →  bare openapi-fetch  →  full client (limits set high),
// plus context rows (a timeout only, timeoutMs: 0, and an A/A control),
// and the ratio full / bare openapi-fetch is printed (target ≥ 0.95), with the
// client's CPU per request.
import { spawn } from "node:child_process";
import createClient from "openapi-fetch";
import { createApiClient, MemoryStore } from "../dist/index.js";

const N = Number(process.env.BENCH_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

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

async function measure(call, concurrency) {
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
  return { rps: N / seconds, cpuUsPerRequest: (cpu.user + cpu.system) / N };
}

const server = await startServer();
const url = server.url;
const params = { params: { path: { itemId: "a1" } } };
const highLimit = () => ({ windows: [{ id: "high", limit: 1_000_000, windowSeconds: 1, per: "credential" }], store: new MemoryStore() });
const bare = createClient({ baseUrl: url, headers: { Authorization: "Bearer t" } });
// A second, identical openapi-fetch client, measured last in each round: its
// ratio would be 1.000 on a quiet machine, so its distance from 1 is this run's noise.
const bareAgain = createClient({ baseUrl: url, headers: { Authorization: "Bearer t" } });
const full = createApiClient("bench", definition(url), { token: "bench-token", rateLimit: highLimit() });
// The same client without its per-attempt timeout: what giving fetch an
// AbortSignal costs (undici makes its request follow the signal) is then
// visible apart from the middleware's own work.
const noTimeout = createApiClient("bench", definition(url), { token: "bench-token", rateLimit: highLimit(), timeoutMs: 0 });
// openapi-fetch with nothing but a per-attempt timeout (an AbortController and
// a timer): the floor for any client that offers one.
const timeoutOnly = createClient({
  baseUrl: url,
  headers: { Authorization: "Bearer t" },
  fetch: (request) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    return fetch(request, { signal: controller.signal }).finally(() => clearTimeout(timer));
  },
});
const variants = {
  "bare fetch": async () => (await fetch(`${url}/items/a1`, { headers: { Authorization: "Bearer t" } })).json(),
  "bare openapi-fetch": () => bare.GET("/items/{itemId}", params),
  "+ a timeout only": () => timeoutOnly.GET("/items/{itemId}", params),
  "full client": () => full.GET("/items/{itemId}", params),
  "full, timeoutMs: 0": () => noTimeout.GET("/items/{itemId}", params),
  "openapi-fetch A/A": () => bareAgain.GET("/items/{itemId}", params),
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const concurrency of [1, 64]) {
  // Rounds interleave the variants, so drift (CPU frequency, GC, the other
  // process) hits them alike; a ratio is taken within each round, and the
  // median over rounds is reported.
  const runs = Object.fromEntries(Object.keys(variants).map((label) => [label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, call] of Object.entries(variants)) runs[label].push(await measure(call, concurrency));
  }
  const base = runs["bare openapi-fetch"];
  const summary = (label) => ({
    label,
    rps: median(runs[label].map((r) => r.rps)),
    ratio: median(runs[label].map((r, i) => r.rps / base[i].rps)),
    cpu: median(runs[label].map((r) => r.cpuUsPerRequest)),
    extraCpu: median(runs[label].map((r, i) => r.cpuUsPerRequest - base[i].cpuUsPerRequest)),
  });
  rows.push({ concurrency, results: Object.keys(variants).map(summary) });
}
server.stop();

console.log(
  `\nmiddleware overhead: ${N} requests per run, median of ${ROUNDS} interleaved rounds (local node:http server in another process)`,
);
console.log(
  "in flight | variant            |   req/s | ÷ openapi-fetch (target ≥ 0.95 for full client) | client CPU µs/req (± vs openapi-fetch)",
);
for (const { concurrency, results } of rows) {
  for (const r of results) {
    const extra = r.label === "bare openapi-fetch" ? "" : ` (${r.extraCpu >= 0 ? "+" : ""}${r.extraCpu.toFixed(1)})`;
    console.log(
      `${String(concurrency).padStart(9)} | ${r.label.padEnd(18)} | ${r.rps.toFixed(0).padStart(7)} | ${r.ratio.toFixed(3).padStart(47)} | ${r.cpu.toFixed(0)}${extra}`,
    );
  }
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
