// Retry-After (RFC 9110 §10.2.3) is either delay-seconds (1*DIGIT) or an
// HTTP-date. Anything else (a negative number, a bare year, garbage) is not a
// hint: Date.parse("-5") is a date in 2001 to V8, which once made a 429 be
// re-sent after 4 ms. A hint that has already passed (0, a past date) is
// not one either, so the caller's backoff applies instead.
// Returns the delay in ms from `now`, or undefined.
const DELAY_SECONDS = /^\d+$/;
// IMF-fixdate, and the obsolete RFC 850 and asctime forms (RFC 9110 §5.6.7): all name a weekday.
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /;

export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  let delay: number | undefined;
  if (DELAY_SECONDS.test(trimmed)) delay = Number(trimmed) * 1000;
  else if (HTTP_DATE.test(trimmed)) {
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) delay = date - now;
  }
  return delay !== undefined && delay > 0 ? delay : undefined;
}
