// Named operations at run time: one method per entry of the generated
// operation table (metadata), each calling the client's path form. Nothing
// per operation is generated as code; the types come from the generated
// `NamedOperations` interface. A misspelt parameter, or a call that passes
// its parameters any other way than as one object, fails before any request.
import type { Client } from "openapi-fetch";
import type { OperationMetadata } from "../api-metadata.js";
import { closestName } from "../options/closest-name.js";

const CALL_OPTIONS = ["signal", "headers", "cache", "credentials", "integrity", "keepalive", "mode", "redirect", "referrerPolicy"];

type Method = (args?: Record<string, unknown>, options?: Record<string, unknown>) => Promise<unknown>;

/** The operations in `operations` (all of them, or those `include` keeps) as methods calling `client`. */
export function namedOperations<Named>(
  client: Client<never>,
  operations: { readonly [id: string]: OperationMetadata },
  include: (operation: OperationMetadata) => boolean = () => true,
): Named {
  const named: Record<string, Method> = {};
  for (const [id, operation] of Object.entries(operations)) {
    if (include(operation)) named[id] = operationMethod(client, id, operation);
  }
  return named as Named;
}

function operationMethod(client: Client<never>, id: string, { method, path: template, query: queryNames }: OperationMetadata): Method {
  const pathNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const send = (client as unknown as Record<string, (path: string, init: object) => Promise<unknown>>)[method]!;
  return (args = {}, options = {}) => {
    if (typeof args !== "object" || args === null || Array.isArray(args)) {
      const example = pathNames[0] ?? queryNames[0];
      throw new TypeError(`${id}: pass its parameters as one object, e.g. ${id}({ ${example ? `${example}: …` : ""} })`);
    }
    const { body, ...parameters } = args;
    const path: Record<string, unknown> = {};
    const query: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(parameters)) {
      if (pathNames.includes(name)) path[name] = value;
      else if (queryNames.includes(name)) query[name] = value;
      else throw new TypeError(`${id}: unknown parameter ${name}; ${hint(name, [...pathNames, ...queryNames])}`);
    }
    for (const name of Object.keys(options)) {
      if (!CALL_OPTIONS.includes(name)) throw new TypeError(`${id}: unknown call option ${name}; ${hint(name, CALL_OPTIONS)}`);
    }
    return send.call(client, template, { ...options, params: { path, query }, ...(body === undefined ? {} : { body }) });
  };
}

function hint(name: string, valid: readonly string[]): string {
  const suggestion = closestName(name, valid);
  return suggestion ? `did you mean ${suggestion}?` : valid.length ? `it takes ${valid.join(", ")}` : "it takes none";
}
