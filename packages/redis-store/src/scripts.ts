// The store's Redis side: Lua scripts, each atomic on the server, so any
// number of processes share one state per window without races. Each script
// reads the time from Redis (TIME), so processes whose clocks differ still
// agree. Every window runs the algorithm the spec names, exactly as the
// middleware's memory store does (@api-clients/middleware src/rate-limit/):
//   gcra             a string "tat|lateness": the theoretical arrival time of
//                    the next request, and the largest margin of the requests
//                    still counting (the planned tolerance is that much smaller)
//   sliding / fixed  a sorted set, one member per lease: `f|<lease>:<i>` while
//                    the request is in flight (it counts as arriving now; its
//                    score, grant + IN_FLIGHT_TTL_MS, only lets a crashed
//                    process's entry expire), then `<lease>:<i>` scored by when
//                    it arrived at the latest (its answer; a failed one, the
//                    end plus its process's margin)
//   header-announced a hash: remaining, resetAt, passed, limit, inFlight
// A GCRA plans ahead: a request may reach the API up to its process's
// `marginMs` after it was granted, and processes differ, so each request
// carries its own margin.

/** How often a caller looks again while a header-announced budget waits for its first answer. */
export const PROBE_WAIT_MS = 25;

/** How long a budget's in-flight count survives without an answer (a crashed process's request). */
export const BUDGET_TTL_MS = 120_000;

/** How long a window's in-flight entry counts without its end being reported (a crashed process's request). */
export const IN_FLIGHT_TTL_MS = 120_000;

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000`;

/** How long a process counts as sharing a credential after its last call. */
export const FLEET_MEMORY_MS = 60_000;

/**
 * KEYS[1]: the pause key; KEYS[2]: the set of processes using the key;
 * KEYS[3..]: one key per window. ARGV: marginMs, leaseId, processId, then per
 * window: algorithm, a, b (gcra: intervalMs, burst; sliding-window and
 * fixed-window: limit, windowMs; header-announced: -, -).
 * Returns {1, processes} when granted, {0, processes, retryInMs, index} when a
 * window is full, or {2, processes, until, "kind|reason"} when the key is
 * paused; `processes` is how many processes used the key in the last minute.
 */
export const TRY_ACQUIRE = `${NOW}
redis.call('ZADD', KEYS[2], now, ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - ${FLEET_MEMORY_MS})
redis.call('PEXPIRE', KEYS[2], ${FLEET_MEMORY_MS})
local processes = redis.call('ZCARD', KEYS[2])
local pause = redis.call('GET', KEYS[1])
if pause then
  local sep = string.find(pause, '|', 1, true)
  local untilMs = tonumber(string.sub(pause, 1, sep - 1))
  if untilMs > now then return {2, processes, untilMs, string.sub(pause, sep + 1)} end
end
local margin = tonumber(ARGV[1])
local lease = ARGV[2]
local n = #KEYS - 2
local worst, worstIndex = 0, 0
local state = {}
for i = 1, n do
  local key = KEYS[i + 2]
  local alg = ARGV[i * 3 + 1]
  local a = tonumber(ARGV[i * 3 + 2])
  local b = tonumber(ARGV[i * 3 + 3])
  local wait = 0
  if alg == 'gcra' then
    local stored = redis.call('GET', key)
    local tat, lateness = now, margin
    if stored then
      local sep = string.find(stored, '|', 1, true)
      tat = tonumber(string.sub(stored, 1, sep - 1))
      if tat > now then lateness = math.max(margin, tonumber(string.sub(stored, sep + 1))) end
      -- TAT as stored, even when past: with a negative tolerance the next request still waits that long after it.
      wait = tat - ((b - 1) * a - lateness) - now
    end
    if tat < now then tat = now end
    state[i] = {tat, lateness}
  elseif alg == 'sliding-window' or alg == 'fixed-window' then
    local from
    if alg == 'sliding-window' then from = now - b else from = math.floor(now / b) * b - 1 end
    redis.call('ZREMRANGEBYSCORE', key, '-inf', from)
    local count = redis.call('ZCARD', key)
    if count >= a then
      if alg == 'sliding-window' then
        -- The entry whose leaving frees the slot; one still in flight counts at least a window more.
        local blocking = redis.call('ZRANGE', key, count - a, count - a, 'WITHSCORES')
        if string.sub(blocking[1], 1, 2) == 'f|' then wait = b
        else wait = math.max(1, tonumber(blocking[2]) + b - now) end
      else
        wait = math.max(1, math.floor(now / b) * b + b - now)
      end
    end
  else
    local h = redis.call('HMGET', key, 'remaining', 'resetAt', 'limit', 'inFlight')
    local remaining = tonumber(h[1] or '1')
    local resetAt = tonumber(h[2] or '')
    local limit = tonumber(h[3] or '')
    local inFlight = tonumber(h[4] or '0')
    if resetAt and resetAt + margin <= now then
      remaining = (limit or 1) - inFlight
      redis.call('HSET', key, 'remaining', remaining, 'passed', resetAt)
      redis.call('HDEL', key, 'resetAt')
      resetAt = nil
    end
    state[i] = remaining
    if remaining <= 0 then
      if resetAt then wait = math.max(1, resetAt + margin - now) else wait = ${PROBE_WAIT_MS} end
    end
  end
  if wait > worst then worst, worstIndex = wait, i end
end
if worst > 0 then return {0, processes, math.ceil(worst), worstIndex} end
for i = 1, n do
  local key = KEYS[i + 2]
  local alg = ARGV[i * 3 + 1]
  local a = tonumber(ARGV[i * 3 + 2])
  local b = tonumber(ARGV[i * 3 + 3])
  if alg == 'gcra' then
    local tat = state[i][1] + a
    redis.call('SET', key, tostring(tat) .. '|' .. tostring(state[i][2]), 'PX', math.ceil(tat - now) + 1000)
  elseif alg == 'sliding-window' or alg == 'fixed-window' then
    redis.call('ZADD', key, now + ${IN_FLIGHT_TTL_MS}, 'f|' .. lease .. ':' .. i)
    redis.call('PEXPIRE', key, math.ceil(b) + ${IN_FLIGHT_TTL_MS} + 1000)
  else
    redis.call('HSET', key, 'remaining', state[i] - 1)
    redis.call('HINCRBY', key, 'inFlight', 1)
    redis.call('HSET', key, 'f|' .. lease, 1)
    redis.call('PEXPIRE', key, ${BUDGET_TTL_MS})
  end
end
return {1, processes}`;

/**
 * A request is over. In a sliding or fixed window its in-flight entry becomes
 * a finished one, scored by when it arrived at the latest (now + lateByMs).
 * A header-announced budget: the same rule as the memory store's
 * budgetObserve (out-of-order answers only lower a window's budget; answers
 * about a passed window are stale). KEYS: the windows' keys (no GCRA).
 * ARGV: leaseId, lateByMs, remaining, resetAt, limit ("" where the answer did
 * not say), then per key "w<i>" (a counting window, index i in tryAcquire's
 * list) or "b" (a budget).
 */
export const COMPLETE = `${NOW}
for i = 1, #KEYS do
  local key = KEYS[i]
  local kind = ARGV[5 + i]
  if string.sub(kind, 1, 1) == 'w' then
    local member = ARGV[1] .. ':' .. string.sub(kind, 2)
    if redis.call('ZREM', key, 'f|' .. member) == 1 then redis.call('ZADD', key, now + tonumber(ARGV[2]), member) end
  else
    local h = redis.call('HMGET', key, 'remaining', 'resetAt', 'passed', 'inFlight')
    local current = tonumber(h[1] or '1')
    local currentReset = tonumber(h[2] or '')
    local passed = tonumber(h[3] or '')
    local inFlight = tonumber(h[4] or '0')
    -- Only a lease this budget counted ends here, once: a replayed end, or one for a lease
    -- the memory fallback granted, leaves other processes' requests in flight.
    if redis.call('HDEL', key, 'f|' .. ARGV[1]) == 1 then inFlight = math.max(0, inFlight - 1) end
    redis.call('HSET', key, 'inFlight', inFlight)
    local remaining = tonumber(ARGV[3])
    local resetAt = tonumber(ARGV[4])
    local limit = tonumber(ARGV[5])
    if limit and limit > 0 then redis.call('HSET', key, 'limit', limit) end
    if remaining and resetAt then
      if not passed or resetAt > passed then
        local budget = math.max(0, remaining) - inFlight
        if currentReset and resetAt == currentReset then
          redis.call('HSET', key, 'remaining', math.min(current, budget))
        elseif not currentReset or resetAt > currentReset then
          redis.call('HSET', key, 'remaining', budget, 'resetAt', resetAt)
        end
      end
    elseif not currentReset and current <= 0 then
      redis.call('HSET', key, 'remaining', 1)
    end
    redis.call('PEXPIRE', key, ${BUDGET_TTL_MS})
  end
end
return 1`;

/** KEYS[1]: the pause key. ARGV: until (epoch ms), "kind|reason". The later pause wins. */
export const PAUSE = `local current = redis.call('GET', KEYS[1])
local untilMs = tonumber(ARGV[1])
if current then
  local sep = string.find(current, '|', 1, true)
  if tonumber(string.sub(current, 1, sep - 1)) >= untilMs then return 0 end
end
${NOW}
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2], 'PX', math.max(1, math.ceil(untilMs - now)))
return 1`;
