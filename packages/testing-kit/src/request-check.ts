// Checks one request against its operation in the spec, as a strict server
// would: every path, query and header parameter (required ones present,
// values of the declared type and shape), no query parameter the operation
// does not declare, and the body (present when required, JSON, valid
// against its schema). Returns what is wrong, in words that name the field,
// plus the parsed parameters and body for the resolver.
import type { SchemaValidator } from "./schema-validator.js";
import type { SpecOperation } from "./spec-operations.js";

export interface CheckedRequest {
  problems: string[];
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export interface RequestCheckContext {
  validator: SchemaValidator;
  /** Query parameters a security scheme reads (PhishStats' `apikey`), not the operation's own. */
  credentialQuery: ReadonlySet<string>;
}

export async function checkRequest(
  context: RequestCheckContext,
  operation: SpecOperation,
  request: Request,
  pathValues: Record<string, string>,
): Promise<CheckedRequest> {
  const problems: string[] = [];
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const url = new URL(request.url);
  const check = (where: string, pointer: string, value: unknown) => {
    const checked = context.validator.checkParameter(pointer, value);
    for (const problem of checked.problems) problems.push(`${where} ${problem}`);
    return exactIntegers(checked.value, value);
  };

  for (const parameter of operation.parameters) {
    const where = `${parameter.in} parameter ${parameter.name}`;
    if (parameter.in === "path") {
      params[parameter.name] = check(where, parameter.schemaPointer, pathValues[parameter.name] ?? "");
    } else if (parameter.in === "query") {
      const values = url.searchParams.getAll(parameter.name);
      if (values.length === 0) {
        if (parameter.required) problems.push(`${where} is required`);
        continue;
      }
      const wantsArray = acceptsArray(parameter.schema);
      const value = wantsArray
        ? parameter.explode
          ? values
          : values.flatMap((v) => v.split(","))
        : values.length > 1
          ? values
          : values[0];
      query[parameter.name] = check(where, parameter.schemaPointer, value);
    } else if (parameter.in === "header") {
      const value = request.headers.get(parameter.name);
      if (value === null) {
        if (parameter.required) problems.push(`${where} is required`);
        continue;
      }
      check(where, parameter.schemaPointer, value);
    }
  }
  const declared = new Set(operation.parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!declared.has(name) && !context.credentialQuery.has(name)) problems.push(`query parameter ${name} is not in the spec`);
  }

  const text = request.body === null ? "" : await request.clone().text();
  let body: unknown;
  const spec = operation.requestBody;
  if (text === "") {
    if (spec?.required) problems.push("request body is required");
  } else if (!spec) {
    problems.push("sends a request body, but the spec declares none");
  } else if (/json/i.test(spec.mediaType)) {
    const type = request.headers.get("content-type") ?? "";
    if (!/json/i.test(type)) problems.push(`request body must be sent as ${spec.mediaType}, not ${type || "without a Content-Type"}`);
    try {
      body = JSON.parse(text);
      for (const problem of context.validator.check(spec.schemaPointer, body)) problems.push(`request body ${problem}`);
      // The resolver gets integers beyond 2^53 (Discord snowflakes) exact, as decimal strings.
      body = parseExact(text);
    } catch {
      problems.push("request body is not valid JSON");
    }
  } else {
    body = text;
  }
  return { problems, params, query, body };
}

/** Whether a parameter schema takes an array (then each repeated key, or each comma-separated part, is one item). */
function acceptsArray(schema: any): boolean {
  if (!schema || typeof schema !== "object") return false;
  if (schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"))) return true;
  return [schema.anyOf, schema.oneOf, schema.allOf].some((list) => Array.isArray(list) && list.some(acceptsArray));
}

/** A coerced parameter with each integer beyond 2^53 put back as the exact decimal text it was sent as. */
function exactIntegers(coerced: unknown, raw: unknown): unknown {
  if (Array.isArray(coerced)) return coerced.map((item, i) => exactIntegers(item, Array.isArray(raw) ? raw[i] : raw));
  const unsafe = typeof coerced === "number" && Number.isInteger(coerced) && !Number.isSafeInteger(coerced);
  return unsafe && typeof raw === "string" && /^-?\d+$/.test(raw) ? raw : coerced;
}

/** JSON.parse, except that integers beyond 2^53 become their exact decimal strings (JSON.parse would round them). */
export function parseExact(text: string): unknown {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
      continue;
    }
    const number = char === "-" || (char >= "0" && char <= "9") ? /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400)) : null;
    if (number) {
      const [token, fraction, exponent] = number;
      const unsafe = !fraction && !exponent && !Number.isSafeInteger(Number(token));
      out += unsafe ? `"${token}"` : token;
      i += token.length - 1;
      continue;
    }
    out += char;
  }
  return JSON.parse(out);
}
