// The store's Redis side: three Lua scripts, each atomic on the server, so
// any number of processes share one count per window without races.
// Per window, a sorted set holds one member per request (its lease id), scored
// by when it stops being "recent": a completed request by its completion
// time, a request in flight by now + IN_FLIGHT_MS (so a process that dies
// mid-request cannot hold a slot forever). A member counts while its score is
// later than now − window. Same rule as the memory store (see
// @api-clients/middleware limiter-store.ts): a slot is held until one window
// after its response, because the server counts a request when it arrives.

/** How long a request may stay "in flight" before a crashed holder's slot is given up. */
export const IN_FLIGHT_MS = 120_000;

/** How soon to look again when a window is full of requests still in flight (possibly in other processes). */
export const IN_FLIGHT_POLL_MS = 25;

/**
 * KEYS: one sorted set per window. ARGV: now, leaseId, inFlightMs, then per
 * window: limit, windowMs. Returns {1} when granted, else {0, retryInMs, index}.
 */
export const TRY_ACQUIRE = `
local now = tonumber(ARGV[1])
local lease = ARGV[2]
local inFlight = tonumber(ARGV[3])
local worstWait, worstIndex = -1, 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[2 + i * 2])
  local windowMs = tonumber(ARGV[3 + i * 2])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - windowMs)
  if redis.call('ZCARD', key) >= limit then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    -- The oldest completed request frees its slot one window after it completed.
    -- If the oldest is still in flight, another process may complete it any
    -- moment and cannot wake us: look again soon.
    local wait = math.min(windowMs, ${IN_FLIGHT_POLL_MS})
    if oldest[2] and tonumber(oldest[2]) <= now then wait = tonumber(oldest[2]) + windowMs - now end
    if wait < 1 then wait = 1 end
    if wait > worstWait then worstWait, worstIndex = wait, i end
  end
end
if worstWait >= 0 then return {0, math.ceil(worstWait), worstIndex} end
for i, key in ipairs(KEYS) do
  local windowMs = tonumber(ARGV[3 + i * 2])
  redis.call('ZADD', key, now + inFlight, lease)
  redis.call('PEXPIRE', key, math.ceil(windowMs + inFlight))
end
return {1}
`;

/** KEYS: the window sets. ARGV: now, leaseId. Re-scores the lease to its completion time (only if present). */
export const COMPLETE = `
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, 'XX', tonumber(ARGV[1]), ARGV[2])
end
return 1
`;

/** KEYS: the pause key. ARGV: until (epoch ms), now, payload. Keeps the later of two pauses. */
export const PAUSE = `
local current = redis.call('GET', KEYS[1])
if current then
  local currentUntil = tonumber(string.match(current, '^(%d+)'))
  if currentUntil and currentUntil >= tonumber(ARGV[1]) then return 0 end
end
local ttl = math.ceil(tonumber(ARGV[1]) - tonumber(ARGV[2]))
if ttl < 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[3], 'PX', ttl)
return 1
`;
