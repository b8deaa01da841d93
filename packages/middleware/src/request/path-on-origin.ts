// The path of a serialized URL when it is on `origin`, by slicing rather than
// parsing: a Request's `url` and a URL's `origin` are both already normalized
// (WHATWG URL serializer: lowercase scheme and host, no default port, a "/"
// after the host), so a prefix match is exact. Undefined for another origin.
const SLASH = 47;

export function pathOnOrigin(href: string, origin: string): string | undefined {
  if (!href.startsWith(origin) || href.charCodeAt(origin.length) !== SLASH) return undefined;
  let end = href.indexOf("?", origin.length);
  const fragment = href.indexOf("#", origin.length);
  if (end < 0 || (fragment >= 0 && fragment < end)) end = fragment;
  return href.slice(origin.length, end < 0 ? undefined : end);
}
