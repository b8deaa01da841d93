// One of the processes that share a credential through Redis: drives
// SCENARIO's client until END_AT and prints the statuses it got as JSON.
// The subpath, not the package: a worker must start fast, without the rest of the kit (Ajv, spec loading).
import { connectRedis } from "@api-clients/contract-kit/connect-redis";
import { createRedisStore } from "@api-clients/redis-store";
import { scenarios } from "./clients.js";
import { drive } from "./drive.js";

const { SCENARIO, SERVER_URL, REDIS_PORT, END_AT, TOKEN } = process.env;
const redis = await connectRedis(Number(REDIS_PORT)); // reconnects are expected when a test restarts Redis
const scenario = scenarios.find((s) => s.name === SCENARIO)!;
const store = createRedisStore({ redis, prefix: "bench", logger: { warn() {} } });
const statuses = await drive(scenario.client(SERVER_URL!, store, TOKEN!), Number(END_AT), 16);
process.stdout.write(`${JSON.stringify(statuses)}\n`);
redis.disconnect();
