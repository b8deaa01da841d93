// How every test and benchmark process connects to the local redis-server:
// the way the redis-store README asks users to (no offline queue, so calls
// fail fast while Redis is down), reconnecting every 50 ms, with connection
// errors expected (the outage and restart tests kill the server on purpose).
import { Redis } from "ioredis";

export async function connectRedis(port: number): Promise<Redis> {
  const redis = new Redis({
    port,
    host: "127.0.0.1",
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => 50,
    lazyConnect: true,
  });
  redis.on("error", () => {});
  await redis.connect();
  return redis;
}
