// Prints a value as a TypeScript literal, on one line when it fits within
// WIDTH columns, else one property or item per line (as Biome would), so the
// samples read like code a person wrote.
const WIDTH = 80;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Code written as is, e.g. `process.env.PK_TOKEN`. */
export class Raw {
  /** @param {string} code */
  constructor(code) {
    this.code = code;
  }
}

const key = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/** @param {unknown} value @param {number} column where the value starts @param {string} indent the current line's indentation */
export function printValue(value, column = 0, indent = "") {
  const flat = printFlat(value);
  if (column + flat.length <= WIDTH || value === null || typeof value !== "object" || value instanceof Raw) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => `${inner}${printValue(item, inner.length, inner)},`).join("\n")}\n${indent}]`;
  }
  const lines = Object.entries(value).map(([name, item]) => {
    const head = `${inner}${key(name)}: `;
    return `${head}${printValue(item, head.length, inner)},`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** @param {unknown} value */
function printFlat(value) {
  if (value instanceof Raw) return value.code;
  if (Array.isArray(value)) return `[${value.map(printFlat).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length === 0 ? "{}" : `{ ${entries.map(([name, item]) => `${key(name)}: ${printFlat(item)}`).join(", ")} }`;
  }
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/**
 * `const { data, error } = await callee(arg1, arg2);` (or another `head` and
 * `tail` around the call), wrapping the last argument over several lines when
 * the call does not fit on one.
 * @param {string} callee @param {unknown[]} args
 */
export function printCall(callee, args, head = "const { data, error } = await ", tail = ";") {
  const open = `${head}${callee}(`;
  const flat = `${open}${args.map(printFlat).join(", ")})${tail}`;
  if (flat.length <= WIDTH || args.length === 0) return flat;
  const leading = args.slice(0, -1).map((arg) => `${printFlat(arg)}, `);
  return `${open}${leading.join("")}${printValue(args.at(-1), WIDTH, "")})${tail}`;
}
