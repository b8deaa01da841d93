// worker.ts: run it N times (cluster, PM2, several hosts); together they stay under the API's limit
import { createPluralKitClient } from "@api-clients/pluralkit";
import { createRedisStore } from "@api-clients/redis-store";
import { Redis } from "ioredis";

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  lazyConnect: true,
});
await redis.connect();

const pk = createPluralKitClient({
  token: process.env.PLURALKIT_TOKEN,
  baseUrl: process.env.PLURALKIT_BASE_URL,
  userAgent: `my-bot/1.0 (shard ${process.env.SHARD_ID ?? 0})`,
  rateLimit: { store: createRedisStore({ redis, onUnavailable: "memory" }) },
});
const { data } = await pk.getSystem({ systemRef: "@me" });
console.log(data?.id);
redis.disconnect();
