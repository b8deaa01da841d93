// Error bodies in the API's own envelope, derived from the spec's examples
// rather than written per API: the example the spec gives for that status
// (or, when the spec has none for it, an example of another status re-worded
// for this one), with the message set where the API's own error reader
// (`definition.parseError`) finds it.
import type { ApiDefinition } from "@api-clients/middleware";
import { cloneJson } from "./openapi-document.js";

// Reason phrases (RFC 9110 §15, RFC 6585 §4), to re-word an example borrowed from another status.
const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  410: "Gone",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The ways an API may spell a reason phrase: "Not Found", "NotFound", "not-found", "NOT_FOUND", "not_found". */
function spellings(status: number): string[] {
  const words = (REASONS[status] ?? "").split(" ").filter(Boolean);
  if (words.length === 0) return [String(status)];
  const lower = words.map((w) => w.toLowerCase());
  return [
    words.join(" "),
    words.join(""),
    lower.join("-"),
    lower.join("_").toUpperCase(),
    lower.join("_"),
    words.join(" ").toUpperCase(),
    String(status),
  ];
}

/** An example written for status `from`, re-worded for `to`: the status number and its reason phrase replaced wherever they appear. */
export function restatus(body: unknown, from: number | undefined, to: number): unknown {
  if (from === undefined || from === to) return body;
  const was = spellings(from);
  const now = spellings(to);
  return mapLeaves(cloneJson(body), (value) => {
    if (value === from) return to;
    if (typeof value !== "string") return value;
    let text = value;
    was.forEach((spelling, i) => {
      text = text.split(spelling).join(now[Math.min(i, now.length - 1)]!);
    });
    return text;
  });
}

/** The status an example was written for, when the spec declares it under a range (`4XX`): a number field in that range. */
export function statusInside(body: unknown, declared: string): number | undefined {
  if (/^\d{3}$/.test(declared)) return Number(declared);
  const range = /^([1-5])XX$/i.exec(declared)?.[1];
  let found: number | undefined;
  mapLeaves(cloneJson(body), (value) => {
    if (found === undefined && typeof value === "number" && Number.isInteger(value) && String(value).length === 3) {
      if (range === undefined || String(value)[0] === range) found = value;
    }
    return value;
  });
  return found;
}

/**
 * The body with its message set to `message`: the leaf (a string or null)
 * that, once set, makes the API's error reader return exactly `message`.
 * When none does (the reader joins two fields), the first leaf whose
 * setting puts `message` into what the reader returns. Undefined when no
 * leaf does.
 */
export function withMessage(definition: ApiDefinition, body: unknown, message: string): { body: unknown; exact: boolean } | undefined {
  const leaves = leafPaths(body).filter(({ value }) => typeof value === "string" || value === null);
  leaves.sort((a, b) => a.path.length - b.path.length);
  let partial: unknown;
  for (const { path } of leaves) {
    const candidate = setAt(cloneJson(body), path, message);
    const read = definition.parseError(candidate).message;
    if (read === message) return { body: candidate, exact: true };
    if (partial === undefined && typeof read === "string" && read.includes(message)) partial = candidate;
  }
  return partial === undefined ? undefined : { body: partial, exact: false };
}

/** Every string leaf that is a date and time (ISO 8601), set to `date`: a quota body's reset time. */
export function withDates(body: unknown, date: Date): unknown {
  return mapLeaves(cloneJson(body), (value) =>
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
      ? date.toISOString()
      : value,
  );
}

/** Every string leaf equal to one of `names`, replaced by `name` (a rate-limit scope in the body, like PluralKit's `scope`). */
export function withName(body: unknown, names: readonly string[], name: string | undefined): unknown {
  if (name === undefined) return body;
  return mapLeaves(cloneJson(body), (value) => (typeof value === "string" && names.includes(value) ? name : value));
}

export function setField(body: unknown, field: string, value: unknown): unknown {
  return setAt(cloneJson(body), field.split("."), value);
}

type Leaf = { path: string[]; value: unknown };

function leafPaths(value: unknown, path: string[] = []): Leaf[] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leafPaths(child, [...path, key]));
  }
  return [{ path, value }];
}

function setAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return root;
}

function mapLeaves(value: unknown, map: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLeaves(item, map));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, child]) => [key, mapLeaves(child, map)]));
  }
  return map(value);
}
