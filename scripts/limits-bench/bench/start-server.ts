// Starts bench/server.ts in its own process and reads back its URLs.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LimitSpec } from "./limit-spec.js";

export interface BenchServer {
  url: string;
  stats(): Promise<{ admittedAt: number[]; rejectedAt: number[]; admitted: number; rejected: number }>;
  stop(): void;
}

export function startBenchServer(limits: LimitSpec[]): Promise<BenchServer> {
  const script = fileURLToPath(new URL("./server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, LIMITS: JSON.stringify(limits), LATENCY: "10,50" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve) => {
    child.stdout.once("data", (data) => {
      const { url, stats } = JSON.parse(String(data));
      resolve({ url, stats: async () => (await fetch(stats)).json(), stop: () => child.kill() });
    });
  });
}
