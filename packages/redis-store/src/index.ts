export { createRedisStore, RedisStore, type RedisStoreOptions } from "./redis-store.js";
export { StoreUnavailableError } from "./store-unavailable-error.js";
export { IN_FLIGHT_MS } from "./scripts.js";
