// pnpm bench (in packages/redis-store): what sharing limits through Redis
// costs a request: the latency of one grant through Redis (a GCRA and a
// sliding window at once), p50/p99, against the in-process memory store
// measured in the same run. How much of an API's allowance a fleet sharing a
// store uses, and what a Redis restart does, is in scripts/limits-bench.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
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

const port = await freePort();
const server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
  stdio: ["ignore", "pipe", "inherit"],
});
process.on("exit", () => server.kill("SIGKILL"));
await new Promise((resolve) => server.stdout.on("data", (d) => String(d).includes("Ready to accept") && resolve()));

const percentile = (values, p) => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const windows = [
  { id: "g", algorithm: "gcra", intervalMs: 0.001, burst: 1_000_000 },
  { id: "s", algorithm: "sliding-window", limit: 1_000_000, windowMs: 1000 },
];

async function latency(store, label) {
  const samples = [];
  for (let i = 0; i < 3000; i++) {
    const t0 = performance.now();
    await store.tryAcquire(`bench:${label}`, windows, Date.now(), 20);
    if (i >= 500) samples.push((performance.now() - t0) * 1000);
  }
  console.log(
    `${label.padEnd(14)} grant p50 ${percentile(samples, 50).toFixed(0).padStart(5)} µs   p99 ${percentile(samples, 99).toFixed(0).padStart(5)} µs`,
  );
}

const redis = new Redis({ port, host: "127.0.0.1", lazyConnect: true, enableOfflineQueue: false });
await redis.connect();
console.log("\nlimiter store latency (sequential, 2500 samples)");
await latency(new MemoryStore(), "memory");
await latency(createRedisStore({ redis, prefix: "bench" }), "redis");
redis.disconnect();
