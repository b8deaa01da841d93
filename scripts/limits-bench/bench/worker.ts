// One of the processes that share a credential through Redis: drives
// SCENARIO's client until END_AT and prints the statuses it got as JSON.
import { createRedisStore } from "@api-clients/redis-store";
import { Redis } from "ioredis";
import { scenarios } from "./clients.js";
import { drive } from "./drive.js";

const { SCENARIO, SERVER_URL, REDIS_PORT, END_AT, TOKEN } = process.env;
const redis = new Redis({
  port: Number(REDIS_PORT),
  host: "127.0.0.1",
  enableOfflineQueue: false,
  lazyConnect: true,
  maxRetriesPerRequest: 0,
  retryStrategy: () => 50,
});
redis.on("error", () => {});
await redis.connect();
const scenario = scenarios.find((s) => s.name === SCENARIO)!;
const store = createRedisStore({ redis, prefix: "bench", logger: { warn() {} } });
const statuses = await drive(scenario.client(SERVER_URL!, store, TOKEN!), Number(END_AT), 16);
process.stdout.write(`${JSON.stringify(statuses)}\n`);
redis.disconnect();
