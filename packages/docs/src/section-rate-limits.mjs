// "Rate limits", rendered from the spec's `x-rate-limits` (specs/CONVENTIONS.md):
// its windows (limit per window, what it is counted per, which requests, and
// the server's algorithm, burst, tier and notes where given), the budget the
// API announces in response headers, and where a 429 says when to retry.
// Fields a spec does not have are left out, so older and newer window shapes
// (`serverBurst` before `algorithm` and `burst`) both render.
import { code, list } from "./markdown.mjs";

const PER = { credential: "credential", ip: "client IP", "credential-or-ip": "credential, or client IP without one" };
const UNITS = [
  [86_400, "day"],
  [3_600, "hour"],
  [60, "minute"],
  [1, "second"],
];
// The algorithms specs/CONVENTIONS.md names, in words; any other is shown as written.
const ALGORITHMS = {
  gcra: "GCRA token bucket",
  "sliding-window": "sliding window",
  "fixed-window": "fixed window, aligned to UTC",
  "header-announced": "announced by the server in its headers",
};

/** 1 → "second", 10 → "10 seconds", 86400 → "day" @param {number} seconds */
export function duration(seconds) {
  const [size, unit] = UNITS.find(([size]) => seconds >= size && seconds % size === 0) ?? [1, "second"];
  const count = seconds / size;
  return count === 1 ? unit : `${count} ${unit}s`;
}

function appliesTo(window) {
  const { methods, operations, exceptOperations } = window.appliesTo ?? {};
  const parts = [];
  if (methods) parts.push(list(methods.map(code)));
  if (operations) parts.push(list(operations.map(code)));
  const scope = parts.length > 0 ? parts.join(", ") : "every request";
  return exceptOperations ? `${scope}, except ${list(exceptOperations.map(code))}` : scope;
}

// Optional window fields, each said only when the window has it.
const EXTRAS = [
  (window) =>
    window.algorithm !== undefined && `algorithm: ${ALGORITHMS[window.algorithm] ?? window.algorithm} (${code(window.algorithm)})`,
  (window) => window.burst !== undefined && `bursts of up to ${window.burst} at once`,
  (window) => window.serverBurst !== undefined && `the server admits ${window.serverBurst} at once`,
  (window) => window.tier !== undefined && `tier ${code(window.tier)}`,
];

/** One window as a list item: a table would not fit the page's text column. */
function windowLine(window) {
  const extras = EXTRAS.map((extra) => extra(window)).filter(Boolean);
  const counted = PER[window.per] ?? String(window.per);
  const limit =
    window.limit !== undefined && window.windowSeconds !== undefined
      ? `**${window.limit} requests per ${duration(window.windowSeconds)}**`
      : "**the budget the server announces**";
  const notes = window.description ? ` ${String(window.description).replace(/\.?$/, ".")}` : "";
  return `- ${code(window.id)}: ${limit}, counted per ${counted}, for ${appliesTo(window)}${extras.length > 0 ? `; ${extras.join("; ")}` : ""}.${notes}`;
}

/** @param {any} spec */
export function rateLimitsSection(spec) {
  const limits = spec["x-rate-limits"];
  const parts = ["## Rate limits"];
  if (limits?.description) parts.push(limits.description);
  const windows = limits?.windows ?? [];
  if (windows.length > 0) {
    parts.push(windows.map(windowLine).join("\n"));
    parts.push(
      `The client counts its requests against these windows and waits for a free slot before sending; a wait longer than ${code("rateLimit.maxWaitMs")} fails with ${code("RateLimitError")} instead. ${code("rateLimit: false")} turns this off.`,
    );
  }
  const headers = limits?.headers;
  if (headers) {
    const named = [
      headers.limit && `${code(headers.limit)} (the limit)`,
      `${code(headers.remaining)} (requests left)`,
      `${code(headers.reset)} (when the window resets, ${headers.resetUnit})`,
      headers.scope && `${code(headers.scope)} (what the budget is counted per)`,
    ].filter(Boolean);
    parts.push(
      `The API announces the budget on its responses in ${list(named)}; the client follows it, and waits for the reset once none is left.`,
    );
  }
  if (limits?.retryAfterBody) {
    parts.push(`A 429 answer says when to retry in its body's ${code(limits.retryAfterBody.field)} field (${limits.retryAfterBody.unit}).`);
  }
  if (windows.length === 0 && !headers && !limits?.description) {
    parts.push("The spec declares no limits, so the client only waits out a 429's `Retry-After`.");
  }
  parts.push(`A 429 that cannot be waited out ends in ${code("RateLimitError")} (see Errors).`);
  return parts.join("\n\n");
}
