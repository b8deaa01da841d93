// JSON request bodies where a bigint becomes an exact JSON integer. Discord
// snowflakes exceed 2^53, so a Number would round them; callers pass them as
// bigint (or as strings, which go out as strings, where the API accepts that).
export function stringifyJson(body: unknown): string {
  // A marker no caller string can contain: it starts with U+0000 (which
  // JSON.stringify escapes in strings) and carries a fresh random nonce.
  const nonce = Math.random().toString(36).slice(2);
  const marker = `\u0000${nonce}:`;
  let sawBigint = false;
  const json = JSON.stringify(body, (_key, value) => {
    if (typeof value !== "bigint") return value;
    sawBigint = true;
    return `${marker}${value.toString()}`;
  });
  if (!sawBigint) return json;
  return json.replace(new RegExp(`"\\\\u0000${nonce}:(-?\\d+)"`, "g"), "$1");
}
