// The error classes a user can catch, read at build time from the
// middleware's errors/index.ts (what it exports, in that order) and each
// class's doc comment, so the page lists what the code throws today.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const EXPORT = /export\s*\{\s*(\w+)\b[^}]*\}\s*from\s*"\.\/([\w-]+)\.js"/g;

/** @returns {{ name: string, summary: string }[]} */
export function readMiddlewareErrors() {
  const errorsDir = join(dirname(require.resolve("@api-clients/middleware/package.json")), "src", "errors");
  const index = readFileSync(join(errorsDir, "index.ts"), "utf8");
  const errors = [...index.matchAll(EXPORT)].map(([, name, file]) => ({
    name: /** @type {string} */ (name),
    summary: summary(readFileSync(join(errorsDir, `${file}.ts`), "utf8"), /** @type {string} */ (name)),
  }));
  if (errors.length === 0) throw new Error(`no error classes found in ${join(errorsDir, "index.ts")}`);
  return errors;
}

// The class's JSDoc, or else the file's opening line comments (ApiError has
// those), as one line.
function summary(source, name) {
  const jsdoc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export class ${name}\\b`).exec(source)?.[1];
  const text = jsdoc
    ? jsdoc.replace(/^\s*\* ?/gm, "")
    : (/^(?:\/\/.*\n)+/
        .exec(source)?.[0]
        .replace(/^\/\/ ?/gm, "")
        .split(/(?<=\.)\s/)[0] ?? "");
  return text
    .replace(/\{@link\s+([^}\s]+)\s*\}/g, "`$1`")
    .replace(/\s+/g, " ")
    .trim();
}
