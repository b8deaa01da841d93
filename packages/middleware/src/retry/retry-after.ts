// Retry-After (RFC 9110 §10.2.3) is either delay-seconds or an HTTP-date.
// Returns the delay in ms from `now`, or undefined when absent or unreadable.
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
