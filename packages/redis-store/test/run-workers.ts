// Starts N worker processes (test/worker.ts, through tsx) against one server and one
// Redis, and collects what each reports.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface WorkerReport {
  statuses: number[];
  /** When each answer came back (epoch ms), in the order of `statuses`. */
  answeredAt: number[];
  latencies: number[];
  startedAt: number;
  endedAt: number;
}

const worker = fileURLToPath(new URL("./worker.ts", import.meta.url));

export function runWorkers(count: number, env: Record<string, string>): Promise<WorkerReport[]> {
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<WorkerReport>((resolve, reject) => {
          const child = spawn(process.execPath, ["--import", "tsx", worker], {
            env: { ...process.env, ...env },
            stdio: ["ignore", "pipe", "pipe"],
          });
          let out = "";
          let err = "";
          child.stdout.on("data", (d) => (out += d));
          child.stderr.on("data", (d) => (err += d));
          child.once("exit", (code) =>
            code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`worker exited ${code}: ${err}`)),
          );
        }),
    ),
  );
}
