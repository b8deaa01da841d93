// JSON request bodies where big integers stay exact. A bigint anywhere becomes
// a JSON integer; and for APIs that declare 64-bit fields (`int64Fields`,
// from the spec's `x-int64: true`), a string or number under one of those
// keys does too, checked by int64Text. `null` passes through (nullable ids).
import { int64Text } from "./int64-value.js";

export function stringifyJson(body: unknown, int64Fields?: ReadonlySet<string>): string {
  // A marker no caller string can contain: it starts with U+0000 (which
  // JSON.stringify escapes in strings) and carries a fresh random nonce.
  const nonce = Math.random().toString(36).slice(2);
  const marker = `\u0000${nonce}:`;
  // Arrays found under an int64 key in this body, so their elements are checked under the key's name.
  const arrayFields = int64Fields ? new WeakMap<object, string>() : undefined;
  let marked = false;
  const mark = (text: string) => {
    marked = true;
    return `${marker}${text}`;
  };
  const json = JSON.stringify(body, function (this: unknown, key, value: unknown) {
    // Elements of an id array arrive with their index as key; the holder is the array.
    const field = Array.isArray(this) ? arrayFields?.get(this) : int64Fields?.has(key) ? key : undefined;
    if (field !== undefined && value !== null && !Array.isArray(value)) return mark(int64Text(field, value));
    if (field !== undefined && Array.isArray(value) && !Array.isArray(this)) arrayFields?.set(value, field);
    if (typeof value === "bigint") return mark(value.toString());
    return value;
  });
  if (!marked) return json;
  return json.replace(new RegExp(`"\\\\u0000${nonce}:(-?\\d+)"`, "g"), "$1");
}
