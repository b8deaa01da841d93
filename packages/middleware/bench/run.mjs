// pnpm bench (in packages/middleware): the client CPU a request costs, against
// baselines measured in the same run, on the same local server (another
// process, so its CPU is not counted):
//   bare openapi-fetch → openapi-fetch with only a per-attempt timeout (an
//   AbortController and a timer: the floor for any client that has one) →
//   the full client (limits set high, so the limiter runs but never waits).
// Target: the full client within 15 µs of the timeout-only floor, at 1 and
// at 64 requests in flight. A second openapi-fetch client, measured last in
// each round (A/A), shows how noisy the run was.
import { spawn } from "node:child_process";
import createClient from "openapi-fetch";
import { createApiClient, MemoryStore } from "../dist/index.js";

const N = Number(process.env.BENCH_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const TARGET_US = 15;

function startServer() {
  const child = spawn(process.execPath, [new URL("./server.mjs", import.meta.url).pathname], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => {
    child.stdout.once("data", (d) => resolve({ url: `http://127.0.0.1:${String(d).trim()}`, stop: () => child.kill() }));
  });
}

const definition = (serverUrl) => ({
  metadata: {
    api: "bench",
    title: "Bench",
    version: "1",
    serverUrl,
    rateLimits: null,
    operations: {
      getItem: {
        method: "GET",
        path: "/items/{itemId}",
        tag: null,
        deprecated: false,
        permissions: [],
        pagination: null,
        anonymous: true,
        query: [],
      },
    },
  },
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
  return { rps: N / seconds, cpuUs: (cpu.user + cpu.system) / N };
}

const server = await startServer();
process.on("exit", () => server.stop()); // never leave the server behind, even on a crash
const { url } = server;
const params = { params: { path: { itemId: "a1" } } };
const headers = { Authorization: "Bearer t" };
const variants = {
  "bare openapi-fetch": createClient({ baseUrl: url, headers }),
  "+ a timeout only": createClient({
    baseUrl: url,
    headers,
    fetch: (request) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      return fetch(request, { signal: controller.signal }).finally(() => clearTimeout(timer));
    },
  }),
  "full client": createApiClient("bench", definition(url), {
    token: "bench-token",
    rateLimit: {
      windows: [{ id: "high", algorithm: "gcra", limit: 1_000_000, windowSeconds: 1, burst: 1_000_000, per: "credential" }],
      store: new MemoryStore(),
    },
  }),
  "openapi-fetch A/A": createClient({ baseUrl: url, headers }),
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `\nclient CPU per request: ${N} requests per run, median of ${ROUNDS} interleaved rounds (local node:http server in another process)`,
);
console.log("in flight | variant            |   req/s | CPU µs/req | vs timeout-only floor");
const verdicts = [];
for (const concurrency of [1, 64]) {
  // Rounds interleave the variants, so drift (CPU frequency, GC, the other
  // process) hits them alike; differences are taken within a round.
  const runs = Object.fromEntries(Object.keys(variants).map((label) => [label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, client] of Object.entries(variants))
      runs[label].push(await measure(() => client.GET("/items/{itemId}", params), concurrency));
  }
  const floor = runs["+ a timeout only"];
  for (const label of Object.keys(variants)) {
    const rps = median(runs[label].map((r) => r.rps));
    const cpu = median(runs[label].map((r) => r.cpuUs));
    const delta = median(runs[label].map((r, i) => r.cpuUs - floor[i].cpuUs));
    const vs = label === "+ a timeout only" ? "" : `${delta >= 0 ? "+" : ""}${delta.toFixed(1)} µs`;
    console.log(
      `${String(concurrency).padStart(9)} | ${label.padEnd(18)} | ${rps.toFixed(0).padStart(7)} | ${cpu.toFixed(1).padStart(10)} | ${vs}`,
    );
    if (label === "full client")
      verdicts.push(
        `${concurrency} in flight: full client ${delta >= 0 ? "+" : ""}${delta.toFixed(1)} µs over the floor (target ≤ ${TARGET_US}): ${delta <= TARGET_US ? "met" : "missed"}`,
      );
  }
}
server.stop();
for (const verdict of verdicts) console.log(verdict);
