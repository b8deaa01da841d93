// 64-bit integer request values (Discord snowflakes, `x-int64: true` in a
// spec). Real ids are above 2^53, where a JavaScript number silently rounds
// (Number.MAX_SAFE_INTEGER, ECMA-262 §21.1.2.6), so callers pass them as a
// `bigint` or a decimal `string`; this turns any of the three into the exact
// decimal text, or throws a TypeError that names the field instead of
// sending a different id.
const DECIMAL = /^-?(0|[1-9][0-9]*)$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** The exact decimal text of a 64-bit integer value, or a TypeError naming `field`. */
export function int64Text(field: string, value: unknown): string {
  let integer: bigint;
  if (typeof value === "bigint") integer = value;
  else if (typeof value === "string") {
    if (!DECIMAL.test(value)) throw new TypeError(`"${field}" must be an integer id (digits only); got ${describe(value)}`);
    integer = BigInt(value);
  } else if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new TypeError(`"${field}" must be an integer id; got ${value}`);
    if (!Number.isSafeInteger(value)) {
      throw new TypeError(
        `"${field}" is ${value}, above 2^53, where a JavaScript number has already lost digits; pass ids as a string or a bigint`,
      );
    }
    integer = BigInt(value);
  } else {
    throw new TypeError(`"${field}" must be an integer id as a string, bigint or number; got ${value === null ? "null" : typeof value}`);
  }
  if (integer < INT64_MIN || integer > UINT64_MAX) throw new TypeError(`"${field}" does not fit in 64 bits`);
  return integer.toString();
}

function describe(value: string): string {
  return value.length > 40 ? `a ${value.length}-character string` : JSON.stringify(value);
}
