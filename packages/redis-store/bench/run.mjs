// pnpm bench (in packages/redis-store): what sharing limits through Redis costs.
//  1. acquire + complete latency through Redis, p50/p99, against the
//     in-process memory store measured in the same run;
//  2. achieved ÷ allowed rate with 1, 2 and 4 worker processes sharing one
//     credential against a local server that enforces the limit (and the 429s it had to send).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { MemoryStore } from "@api-clients/middleware";
import { Redis } from "ioredis";
import { createRedisStore } from "../dist/index.js";

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startRedis() {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => child.stdout.on("data", (d) => String(d).includes("Ready to accept") && resolve()));
  return { port, stop: () => child.kill("SIGKILL") };
}

function startLimitedServer(limit, windowMs) {
  const script = fileURLToPath(new URL("../../middleware/bench/server.mjs", import.meta.url));
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, LIMIT: String(limit), WINDOW_MS: String(windowMs) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) =>
    child.stdout.once("data", (d) => resolve({ url: `http://127.0.0.1:${String(d).trim()}`, stop: () => child.kill() })),
  );
}

const percentile = (values, p) => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function latency(store, label) {
  const windows = [{ id: "w", limit: 1_000_000, windowMs: 1000 }];
  const samples = [];
  for (let i = 0; i < 3000; i++) {
    const t0 = performance.now();
    const r = await store.tryAcquire("bench:key", windows, Date.now());
    await store.complete("bench:key", r.leaseId, windows, Date.now());
    if (i >= 500) samples.push((performance.now() - t0) * 1000);
  }
  console.log(
    `${label.padEnd(14)} acquire+complete p50 ${percentile(samples, 50).toFixed(0).padStart(5)} µs   p99 ${percentile(samples, 99).toFixed(0).padStart(5)} µs`,
  );
}

const redisServer = await startRedis();
const redis = new Redis({ port: redisServer.port, host: "127.0.0.1", lazyConnect: true, enableOfflineQueue: false });
await redis.connect();
console.log("\nlimiter store latency (sequential, 2500 samples)");
await latency(new MemoryStore(), "memory");
await latency(createRedisStore({ redis, prefix: "bench-latency" }), "redis");
redis.disconnect();

const LIMIT = 20;
const WINDOW_MS = 1000;
const worker = fileURLToPath(new URL("../test/worker.mjs", import.meta.url));
console.log(`\nprocesses sharing one credential, server allows ${LIMIT} per ${WINDOW_MS} ms (${(LIMIT * 1000) / WINDOW_MS}/s)`);
for (const processes of [1, 2, 4]) {
  const server = await startLimitedServer(LIMIT, WINDOW_MS);
  const total = LIMIT * 12;
  const per = Math.ceil(total / processes);
  const reports = await Promise.all(
    Array.from(
      { length: processes },
      (_, i) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [worker], {
            env: {
              ...process.env,
              SERVER_URL: server.url,
              REDIS_PORT: String(redisServer.port),
              REQUESTS: String(per),
              LIMIT: String(LIMIT),
              WINDOW_MS: String(WINDOW_MS),
              CONCURRENCY: "8",
            },
            stdio: ["ignore", "pipe", "inherit"],
          });
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim())) : reject(new Error(`worker ${i} exited ${code}`))));
        }),
    ),
  );
  // From the first request to the last answer, across processes (process start-up excluded).
  const seconds = (Math.max(...reports.map((r) => r.endedAt)) - Math.min(...reports.map((r) => r.startedAt))) / 1000;
  const stats = await (await fetch(`${server.url}/__stats`)).json();
  server.stop();
  const sent = reports.reduce((n, r) => n + r.statuses.length, 0);
  // The first window's burst goes at t = 0; the fair rate counts what came after it.
  const achieved = (sent - LIMIT) / seconds;
  const acquire = reports.flatMap((r) => r.latencies).map((ms) => ms * 1000);
  console.log(
    `${processes} process${processes > 1 ? "es" : "  "}: ${sent} requests in ${seconds.toFixed(2)} s, achieved/allowed ${(achieved / ((LIMIT * 1000) / WINDOW_MS)).toFixed(3)}, 429s ${stats.rejected}, acquire p50 ${percentile(acquire, 50).toFixed(0)} µs p99 ${percentile(acquire, 99).toFixed(0)} µs`,
  );
}
redisServer.stop();
