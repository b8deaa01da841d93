// Path parameters always stay inside their own segment. encodeURIComponent
// covers `/`, `?` and `#`; a value of `.` or `..` is refused, because URL
// parsers resolve those segments (and their %2e spellings, WHATWG URL
// "double-dot path segment") into a different path. A missing or empty value
// is refused too: openapi-fetch would otherwise send `{name}` or `//` as is.
import { int64Text } from "./int64-value.js";

const PATH_PARAM = /\{([^{}]+)\}/g;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** A path template split once: literal text at even indexes, parameter names at odd ones. */
const templates = new Map<string, readonly string[]>();

function partsOf(url: string): readonly string[] {
  let parts = templates.get(url);
  if (parts === undefined) {
    parts = url.split(PATH_PARAM);
    // A template is a spec path, so the map stays as small as the spec; a
    // caller building URLs by hand is the exception this bound guards against.
    if (templates.size >= 1024) templates.clear();
    templates.set(url, parts);
  }
  return parts;
}

export function serializePath(url: string, params: Record<string, unknown> | undefined, int64Fields?: ReadonlySet<string>): string {
  const parts = partsOf(url);
  let path = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) path += serializeParam(parts[i]!, params?.[parts[i]!], int64Fields) + parts[i + 1];
  return path;
}

function serializeParam(name: string, value: unknown, int64Fields: ReadonlySet<string> | undefined): string {
  if (value === undefined || value === null) throw new TypeError(`path parameter "${name}" is missing`);
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") {
    throw new TypeError(`path parameter "${name}" must be a string or a number, not ${typeof value}`);
  }
  const text = int64Fields?.has(name) ? int64Text(name, value) : String(value);
  if (text === "") throw new TypeError(`path parameter "${name}" is empty`);
  if (text.length <= 6 && DOT_SEGMENT.test(text)) throw new TypeError(`path parameter "${name}" must not be "." or ".."`);
  return encodeURIComponent(text);
}
