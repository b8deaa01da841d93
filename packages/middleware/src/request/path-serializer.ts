// Path parameters always stay inside their own segment. encodeURIComponent
// covers `/`, `?` and `#`; a value of `.` or `..` is refused, because URL
// parsers resolve those segments (and their %2e spellings, WHATWG URL
// "double-dot path segment") into a different path. A missing or empty value
// is refused too: openapi-fetch would otherwise send `{name}` or `//` as is.
import { int64Text } from "./int64-value.js";

const PATH_PARAM = /\{([^{}]+)\}/g;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

export function serializePath(url: string, params: Record<string, unknown> | undefined, int64Fields?: ReadonlySet<string>): string {
  return url.replace(PATH_PARAM, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new TypeError(`path parameter "${name}" is missing`);
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") {
      throw new TypeError(`path parameter "${name}" must be a string or a number, not ${typeof value}`);
    }
    const text = int64Fields?.has(name) ? int64Text(name, value) : String(value);
    if (text === "") throw new TypeError(`path parameter "${name}" is empty`);
    if (DOT_SEGMENT.test(text)) throw new TypeError(`path parameter "${name}" must not be "." or ".."`);
    return encodeURIComponent(text);
  });
}
