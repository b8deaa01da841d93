// JSON Schema 2020-12 (OpenAPI 3.1's dialect) validation of parts of one
// spec, with ajv: the whole document is added once under the id "spec", and
// each schema is compiled by pointer the first time it is needed. Parameters
// arrive as text, so they are checked by a second instance that coerces
// ("12" to 12) the way a server's parameter parsing does; bodies are JSON and
// are checked as they are.
import type { ErrorObject, Options, ValidateFunction } from "ajv/dist/2020.js";
import * as ajv2020 from "ajv/dist/2020.js";
import type { OpenApiDocument } from "./openapi-document.js";

// ajv is CommonJS and its module.exports is the class in every 8.x, which an
// ES import sees as `default`; the named `Ajv2020` export only came later.
type Ajv = InstanceType<typeof ajv2020.Ajv2020>;
const Ajv2020 = ((ajv2020 as { default?: unknown }).default ?? ajv2020.Ajv2020) as new (options: Options) => Ajv;

// The formats the specs use, without a third peer dependency (ajv-formats).
// An unknown format is not checked.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const validDate = (text: string) => {
  const parts = DATE.exec(text);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
const FORMATS = {
  date: validDate,
  "date-time": (text: string) => {
    const parts = DATE_TIME.exec(text);
    return !!parts && validDate(parts[1]!) && Number(parts[2]) < 24 && Number(parts[3]) < 60 && Number(parts[4]) <= 60;
  },
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: (text: string) => /^[a-z][a-z0-9+.-]*:/i.test(text) && URL.canParse(text),
  url: (text: string) => URL.canParse(text),
  hostname: /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
  ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/,
};

export interface SchemaValidator {
  /** Problems with a JSON value at the schema at `pointer`, each `<path> <message>` ("/name must be string"); [] when it is valid. */
  check(pointer: string, value: unknown): string[];
  /** The same for a parameter's text value(s): coerced to the schema's types first; returns the coerced value too. */
  checkParameter(pointer: string, value: unknown): { problems: string[]; value: unknown };
}

export function createSchemaValidator(document: OpenApiDocument): SchemaValidator {
  const options = {
    strict: false,
    allErrors: true,
    validateFormats: true,
    logger: false as const,
    formats: FORMATS,
    validateSchema: false,
  };
  const plain = new Ajv2020(options);
  const coercing = new Ajv2020({ ...options, coerceTypes: "array" });
  plain.addSchema(document as object, "spec");
  coercing.addSchema(document as object, "spec");
  const compiled = new Map<string, ValidateFunction>();
  const parameters = new Map<string, ValidateFunction>();

  return {
    check(pointer, value) {
      let validate = compiled.get(pointer);
      if (!validate) {
        validate = plain.getSchema(`spec#${pointer}`);
        if (!validate) throw new TypeError(`the spec has no schema at #${pointer}`);
        compiled.set(pointer, validate);
      }
      return validate(value) ? [] : describeErrors(validate.errors ?? []);
    },
    checkParameter(pointer, value) {
      let validate = parameters.get(pointer);
      if (!validate) {
        // Coercion replaces a value inside its parent, so the value is wrapped in an object.
        validate = coercing.compile({ type: "object", properties: { value: { $ref: `spec#${pointer}` } } });
        parameters.set(pointer, validate);
      }
      const data = { value };
      // Not a type guard here: the value is read back after coercion either way.
      const valid = (validate as (data: unknown) => boolean)(data);
      if (valid) return { problems: [], value: data.value };
      const problems = describeErrors((validate.errors ?? []).map((e) => ({ ...e, instancePath: e.instancePath.replace(/^\/value/, "") })));
      return { problems, value: data.value };
    },
  };
}

/** At most this many problems are listed per value: the first ones say what to fix. */
const MAX_PROBLEMS = 3;

/**
 * ajv's errors as short lines: type errors at one place joined ("must be
 * object or null" for a nullable union), the generic "must match a schema in
 * anyOf" dropped when the branches said more, the offending key or allowed
 * values named.
 */
export function describeErrors(errors: readonly ErrorObject[]): string[] {
  const specific = errors.filter((e) => !["anyOf", "oneOf", "allOf", "if"].includes(e.keyword));
  const chosen = specific.length > 0 ? specific : errors;
  const lines: string[] = [];
  const types = new Map<string, string[]>();
  for (const error of chosen) {
    if (error.keyword === "type") {
      const wanted = String((error.params as { type?: unknown }).type ?? "").split(",");
      types.set(error.instancePath, [...(types.get(error.instancePath) ?? []), ...wanted]);
      continue;
    }
    lines.push(`${error.instancePath}${error.instancePath ? " " : ""}${errorText(error)}`);
  }
  for (const [path, wanted] of types) lines.unshift(`${path}${path ? " " : ""}must be ${[...new Set(wanted)].join(" or ")}`);
  return [...new Set(lines)].slice(0, MAX_PROBLEMS);
}

function errorText(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties") return `must not have the property ${JSON.stringify(params.additionalProperty)}`;
  if (error.keyword === "enum") return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "const") return `must be ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === "required") return `must have the property ${JSON.stringify(params.missingProperty)}`;
  return error.message ?? error.keyword;
}
