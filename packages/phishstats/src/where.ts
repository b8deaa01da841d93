// A checked builder for PhishStats' `_where` filter, xmysql's grammar:
//   (field,op,value)~and(field,op,value)~or(...)
// PhishStats silently DROPS a malformed `_where` and returns unfiltered rows,
// and the grammar has no escaping: a value with `,`, `(`, `)` or `~` would
// end its clause and start another. So field names are checked against the
// record (at compile time and run time), and such values are refused with a
// clear error instead of being sent. https://phishstats.info/api-docs
import { isNumericField, isPhishingField, type NumericField, type PhishingField } from "./phishing-fields.js";

type TextField = Exclude<PhishingField, NumericField>;
type ValueOf<F extends PhishingField> = F extends NumericField ? number : string | number;

/** A `like` pattern. `~` is xmysql's wildcard; without one, `like` is an exact (case-insensitive) match. */
export type LikePattern = { contains: string } | { startsWith: string } | { endsWith: string } | { equals: string };

const FORBIDDEN = /[,()~\u0000-\u001f]/;

function checkedValue(field: string, value: unknown): string {
  if (isNumericField(field) && typeof value !== "number") {
    throw new TypeError(`where: ${field} is a number; compare it with a number, got ${typeof value}`);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`where: the value for ${field} must be a finite number, got ${value}`);
    return String(value);
  }
  if (typeof value !== "string") throw new TypeError(`where: the value for ${field} must be a string or a number, got ${typeof value}`);
  if (value === "") throw new TypeError(`where: the value for ${field} is empty; the filter grammar cannot express it`);
  const bad = FORBIDDEN.exec(value);
  if (bad) {
    const shown = bad[0] < " " ? `control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, "0")}` : `"${bad[0]}"`;
    throw new TypeError(
      `where: the value for ${field} contains ${shown}, which would break out of the (field,op,value) filter grammar; PhishStats cannot match it exactly`,
    );
  }
  return value;
}

function checkedField(field: string): string {
  if (!isPhishingField(field)) throw new TypeError(`where: ${JSON.stringify(field)} is not a field of a PhishStats record`);
  return field;
}

/** A filter: one condition, or conditions joined left to right with and / or. */
export class Filter {
  /** @internal use {@link field} */
  constructor(readonly text: string) {}
  and(other: Filter): Filter {
    return new Filter(`${this.text}~and${other.text}`);
  }
  or(other: Filter): Filter {
    return new Filter(`${this.text}~or${other.text}`);
  }
  /** The `_where` value, e.g. `(score,gt,5)~and(countrycode,ne,BR)`. */
  toString(): string {
    return this.text;
  }
}

const clause = (field: string, op: string, value: string) => new Filter(`(${field},${op},${value})`);

export interface FieldConditions<F extends PhishingField> {
  eq(value: ValueOf<F>): Filter;
  ne(value: ValueOf<F>): Filter;
  gt(value: ValueOf<F>): Filter;
  lt(value: ValueOf<F>): Filter;
}

export interface TextFieldConditions<F extends PhishingField> extends FieldConditions<F> {
  /** `like` with the wildcard placed for you: `{ contains: "login" }` → `~login~`. */
  like(pattern: LikePattern): Filter;
}

/** Start a condition on a record field: `field("score").gt(5)`, `field("url").like({ contains: "login" })`. */
export function field<F extends TextField>(name: F): TextFieldConditions<F>;
export function field<F extends NumericField>(name: F): FieldConditions<F>;
export function field(name: PhishingField): TextFieldConditions<PhishingField> {
  const f = checkedField(name);
  const compare = (op: string) => (value: unknown) => clause(f, op, checkedValue(f, value));
  return {
    eq: compare("eq"),
    ne: compare("ne"),
    gt: compare("gt"),
    lt: compare("lt"),
    like(pattern: LikePattern) {
      if (isNumericField(f)) throw new TypeError(`where: ${f} is a number; like matches text fields only`);
      if (pattern === null || typeof pattern !== "object")
        throw new TypeError(`where: like on ${f} needs { contains | startsWith | endsWith | equals }`);
      const [kind, raw] = Object.entries(pattern)[0] ?? [];
      const value = checkedValue(f, raw);
      const wrapped = { contains: `~${value}~`, startsWith: `${value}~`, endsWith: `~${value}`, equals: value }[kind as keyof LikePattern];
      if (wrapped === undefined) throw new TypeError(`where: like on ${f} needs { contains | startsWith | endsWith | equals }`);
      return clause(f, "like", wrapped);
    },
  };
}

/** `_sort`: fields, each optionally prefixed with `-` for descending. */
export type SortKey = PhishingField | `-${PhishingField}`;

export function sortParam(keys: SortKey | readonly SortKey[]): string {
  const list = typeof keys === "string" ? [keys] : keys;
  if (list.length === 0) throw new TypeError("sort: give at least one field");
  for (const key of list) checkedField(key.replace(/^-/, ""));
  return list.join(",");
}
