export { createRedisStore, RedisStore, type RedisStoreOptions } from "./redis-store.js";
export { StoreUnavailableError } from "./store-unavailable-error.js";
export { BUDGET_TTL_MS } from "./scripts.js";
