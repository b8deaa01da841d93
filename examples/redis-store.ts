import { createPhishermanClient } from "@api-clients/phisherman";
import { createRedisStore } from "@api-clients/redis-store";
import { Redis } from "ioredis";

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  lazyConnect: true,
});
await redis.connect();
const store = createRedisStore({ redis });
const phisherman = createPhishermanClient({
  apiKey: process.env.PHISHERMAN_API_KEY,
  baseUrl: process.env.PHISHERMAN_BASE_URL,
  rateLimit: { store },
});
console.log(await phisherman.classifyDomain("free-nitro.example"));
redis.disconnect();
