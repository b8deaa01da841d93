// pnpm bench (in scripts/limits-bench): how much of each API's allowance the
// real clients use when driven far past it, and how many 429s that costs,
// against servers that enforce each API's own algorithm (bench/server.ts, with
// 10–50 ms of network each way):
//   1. one process per API: target ≥ 0.97 of the allowed rate, 0 × 429;
//   2. four processes sharing one credential through a real redis-server: ≥ 0.93, 0 × 429;
//   3. Redis killed and restarted empty mid-run under load: 0 × 429 after the
//      restart, every call answered.
// The ratio leaves out each run's first window (the burst an idle bucket
// lets through at once) and counts requests by when the server admitted them.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startRedisServer } from "@api-clients/contract-kit";
import { MemoryStore } from "@api-clients/middleware";
import { type Scenario, scenarios } from "./clients.js";
import { drive } from "./drive.js";
import { startBenchServer } from "./start-server.js";
import { utilisation } from "./utilisation.js";

const rows: string[] = [];
const row = (...cells: (string | number)[]) => rows.push(cells.map(String).join(" | "));

async function oneProcess(scenario: Scenario) {
  const server = await startBenchServer([scenario.enforced]);
  try {
    const call = scenario.client(server.url, new MemoryStore(), `one-${Date.now()}`);
    const statuses = await drive(call, Date.now() + scenario.durationMs);
    const stats = await server.stats();
    return { ratio: utilisation(stats.admittedAt, scenario.limit, scenario.periodMs, scenario.skipMs), rejected: stats.rejected, statuses };
  } finally {
    server.stop();
  }
}

function worker(env: Record<string, string>): Promise<Record<number, number>> {
  const script = fileURLToPath(new URL("./worker.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  return new Promise((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker exited ${code}`)))),
  );
}

async function fourProcesses(scenario: Scenario, restart?: { redisKillAtMs: number }) {
  const redis = await startRedisServer();
  const server = await startBenchServer([scenario.enforced]);
  try {
    const endAt = Date.now() + scenario.durationMs + 2000; // the workers take up to 2 s to start
    const env = {
      SCENARIO: scenario.name,
      SERVER_URL: server.url,
      REDIS_PORT: String(redis.port),
      END_AT: String(endAt),
      TOKEN: `fleet-${Date.now()}`,
    };
    const running = Promise.all([1, 2, 3, 4].map(() => worker(env)));
    let restartedAt = Number.POSITIVE_INFINITY;
    if (restart) {
      await new Promise((r) => setTimeout(r, 2000 + restart.redisKillAtMs));
      await redis.kill();
      await new Promise((r) => setTimeout(r, 300));
      await redis.restart();
      restartedAt = Date.now();
    }
    const statuses = await running;
    const stats = await server.stats();
    const answered = statuses.reduce((n, s) => n + Object.values(s).reduce((a, b) => a + b, 0), 0);
    return {
      ratio: utilisation(stats.admittedAt, scenario.limit, scenario.periodMs, scenario.skipMs + 2000),
      rejected: stats.rejected,
      rejectedAfterRestart: stats.rejectedAt.filter((t) => t > restartedAt + 60).length,
      answered,
      lost: statuses.reduce((n, s) => n + (s[0] ?? 0), 0),
    };
  } finally {
    server.stop();
    await redis.stop();
  }
}

// BENCH_ONLY=<part of a scenario's name> runs that scenario alone, in one process.
const only = process.env.BENCH_ONLY;
console.log("\nrate limits, driven far past them (10–50 ms of network each way)");
row("scenario", "processes", "achieved ÷ allowed", "429s", "target");
for (const scenario of scenarios.filter((s) => !only || s.name.includes(only))) {
  const result = await oneProcess(scenario);
  row(
    scenario.name,
    1,
    result.ratio.toFixed(3),
    result.rejected,
    `≥ 0.97, 0 × 429: ${result.ratio >= 0.97 && result.rejected === 0 ? "met" : "missed"}`,
  );
  console.log(rows.at(-1));
}
if (only) process.exit(0);
for (const scenario of [scenarios[0]!, scenarios[3]!]) {
  const result = await fourProcesses(scenario);
  row(
    scenario.name,
    4,
    result.ratio.toFixed(3),
    result.rejected,
    `≥ 0.93, 0 × 429: ${result.ratio >= 0.93 && result.rejected === 0 ? "met" : "missed"}`,
  );
  console.log(rows.at(-1));
}
const restart = await fourProcesses(scenarios[0]!, { redisKillAtMs: 4000 });
console.log(
  `\nRedis killed 4 s into a 4-process run and restarted empty 300 ms later: ${restart.rejectedAfterRestart} × 429 after the restart (${restart.rejected} in all), ${restart.answered} calls answered, ${restart.lost} failed without an answer`,
);
