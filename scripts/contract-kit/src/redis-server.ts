// A real redis-server (Debian's package) on a free loopback port, started
// and stopped by the tests: no persistence, nothing outside 127.0.0.1.
import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "@api-clients/mock";
import type { Redis } from "ioredis";
import { connectRedis } from "./connect-redis.js";

export interface RedisServer {
  port: number;
  url: string;
  /** Kills the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (and without our scripts). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** A connected client that fails fast while the server is down and reconnects when it is back. */
  client(): Promise<Redis>;
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const clients: Redis[] = [];

  async function start() {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child!.stdout!.on("data", (chunk) => {
        output += chunk;
        if (output.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child!.once("exit", (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
    });
    child.stdout!.resume();
    child.removeAllListeners("exit");
  }

  async function kill() {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    restart: start,
    async stop() {
      for (const c of clients) c.disconnect();
      await kill();
    },
    async client() {
      const c = await connectRedis(port);
      clients.push(c);
      return c;
    },
  };
}
