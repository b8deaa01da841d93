// Where specs/husqy deliberately differs from the vendor's OpenAPI files.
// Each entry matches differences by operation ("METHOD /our/path"), location
// ("param query guild_id", "request", "response 200"), field path and
// message (a string matches exactly, a RegExp by test; an omitted key matches
// anything) and says why. Keep it short: fix the spec where the vendor is right.
import { apiMetadata } from "../../src/index.js";
import type { Difference } from "./find-drift.js";

export type AllowedDifference = {
  operation?: string | RegExp;
  location?: string | RegExp;
  field?: string | RegExp;
  message?: string | RegExp;
  reason: string;
};

/** A request field holding a Discord snowflake: an `x-int64` name (the `Snowflake` schema), or an array of them. */
const snowflakeField = new RegExp(`(^|\\.)(${apiMetadata.int64Fields.join("|")})(\\[\\])?$`);

export const allowedDifferences: AllowedDifference[] = [
  {
    location: "request",
    field: snowflakeField,
    message: "ours has >= 0; vendor no bound",
    reason:
      "Request snowflakes (common.yaml Snowflake) keep `minimum: 0`: a Discord id is an unsigned 64-bit integer " +
      "(https://discord.com/developers/docs/reference#snowflakes), so a negative one names nothing; the vendor's plain `integer` " +
      "is FastAPI's rendering of a Python int, not a statement that negative ids mean something.",
  },
  {
    operation: "GET /helpers/get-variable-replaced-content",
    location: /^param query (guild_id|user_id|channel_id)$/,
    message: "type: vendor string; ours integer",
    reason:
      "The vendor types these three ids `string | null` (FastAPI Optional[str]); they are snowflakes, and a query string " +
      "carries the decimal id the same either way. Ours keeps them as Snowflake so the client takes strings or bigints and " +
      "checks the digits; a `type: string` guild_id, user_id or channel_id here would clash with the int64 field of the " +
      "same name everywhere else (scripts/codegen int64 check).",
  },
];

const fits = (pattern: string | RegExp | undefined, value: string) =>
  pattern === undefined || (typeof pattern === "string" ? pattern === value : pattern.test(value));

export const explains = (entry: AllowedDifference, d: Difference) =>
  fits(entry.operation, d.operation) && fits(entry.location, d.location) && fits(entry.field, d.field) && fits(entry.message, d.message);
