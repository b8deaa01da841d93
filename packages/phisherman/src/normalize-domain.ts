// Phisherman's domain endpoints take a bare host name. Bots usually hold a
// whole URL from a message, so accept either, reduce it to the host, and
// refuse anything that is not a domain before a request is spent on it.
// Host names: RFC 1123 §2.1 labels (letters, digits, hyphens, 1-63 chars),
// at most 253 characters; the WHATWG URL parser lowercases and turns IDNs
// into punycode.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function normalizeDomain(input: string, caller: string): string {
  if (typeof input !== "string" || input.trim() === "") {
    throw new TypeError(`${caller}: expected a domain or URL, got ${input === "" ? "an empty string" : typeof input}`);
  }
  const text = input.trim();
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname;
  } catch {
    throw new TypeError(`${caller}: ${JSON.stringify(text)} is not a valid domain or URL`);
  }
  host = host.replace(/\.$/, "");
  if (host.startsWith("[") || IPV4.test(host)) {
    throw new TypeError(`${caller}: ${JSON.stringify(text)} is an IP address; Phisherman checks domain names`);
  }
  const labels = host.split(".");
  if (host.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    throw new TypeError(`${caller}: ${JSON.stringify(text)} is not a valid domain name`);
  }
  return host;
}
