// Exponential backoff with jitter, capped: attempt 0 waits about
// initialDelayMs, each next attempt twice as long, never more than maxDelayMs.
// Up to 25% is taken off at random so that clients that failed together do
// not retry together (the same shape as the Stainless SDKs' retry delay).
export function backoffDelay(attempt: number, initialDelayMs: number, maxDelayMs: number, random = Math.random): number {
  const exponential = Math.min(maxDelayMs, initialDelayMs * 2 ** attempt);
  return Math.round(exponential * (1 - random() * 0.25));
}
