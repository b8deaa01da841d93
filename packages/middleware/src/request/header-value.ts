// What a header value the caller hands us (userAgent) may hold. RFC 9110
// §5.5 allows visible ASCII, spaces and tabs inside (obs-text is obsolete,
// and fetch's Headers refuses code points above U+00FF); a NUL, a DEL, a line
// break or a non-ASCII character would make every request fail later, inside
// fetch, so it is refused when the client is built.
const FIELD_VALUE = /^[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?$/;

/** Why `value` cannot be a header value, or undefined when it can. */
export function headerValueProblem(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0) return "must be a non-empty string";
  if (FIELD_VALUE.test(value)) return undefined;
  if (value !== value.trim()) return "must not start or end with whitespace";
  const bad = [...value].find((char) => !/[\x20-\x7e\t]/.test(char))!;
  const code = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return `must be printable ASCII on one line (RFC 9110 §5.5): it holds ${code}, which a header value cannot carry`;
}
