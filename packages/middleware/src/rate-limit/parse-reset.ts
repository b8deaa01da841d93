// Reads a rate-limit reset header into an epoch-ms time. APIs disagree on the
// unit: PluralKit documents milliseconds but sends epoch seconds (see
// specs/pluralkit), Pwnbook sends epoch seconds; `delta-seconds` is the IETF
// RateLimit draft's style.
import type { RateLimitHeaderNames } from "../api-metadata.js";

export function parseResetHeader(value: string | null, unit: RateLimitHeaderNames["resetUnit"], now: number): number | undefined {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const number = Number(value);
  switch (unit) {
    case "epoch-seconds":
      // Tolerate a server that sends milliseconds where seconds were promised.
      return number > 1e11 ? number : number * 1000;
    case "epoch-milliseconds":
      return number < 1e11 ? number * 1000 : number;
    case "delta-seconds":
      return now + number * 1000;
  }
}
