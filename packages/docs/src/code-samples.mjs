// The two TypeScript samples of one operation, as `x-codeSamples`:
// - by name: `pk.updateMember({ memberRef: "abcde", body: { name: "Alex" } })`,
//   one object with the path and query parameters by name and `body`;
// - by path: `pk.PATCH("/members/{memberRef}", { params: { path: {…} }, body: {…} })`,
//   openapi-fetch's form that every client has.
// Each starts with the import and the client, built with its credential option.
import { deref } from "@api-clients/codegen";
import { clientSetupCode } from "./client-setup.mjs";
import { printCall } from "./print-code.mjs";
import { bodyValue, hasExample, parameterValue } from "./sample-values.mjs";

/** Redoc lists a sample under its label; these are the ones each operation has, in tab order. */
export const SAMPLE_LANGUAGES = [
  { lang: "TypeScript", label: "TypeScript" },
  { lang: "TypeScript", label: "TypeScript (by path)" },
];

/**
 * @param {any} document the spec as parsed by parseExactJson
 * @param {{ path: string, method: string, operationId: string, operation: any }} entry
 * @param {import("./client-facts.mjs").ClientFacts} client
 */
export function codeSamples(document, entry, client) {
  const setup = clientSetupCode(client);
  const named = namedCall(document, entry, client);
  const byPath = pathCall(document, entry, client);
  return [
    { ...SAMPLE_LANGUAGES[0], source: `${setup}${printCall(named.callee, named.args)}\n` },
    { ...SAMPLE_LANGUAGES[1], source: `${setup}${printCall(byPath.callee, byPath.args)}\n` },
  ];
}

/** The client object the operation is called on: the client, or Husqy's module client. */
function target(entry, client) {
  const scope = client.scope(entry.path);
  return { scope, target: scope.module === undefined ? client.variable : `${client.variable}.module(${JSON.stringify(scope.module)})` };
}

/** `pk.updateMember({ memberRef, body })` @returns {{ callee: string, args: unknown[] }} */
export function namedCall(document, entry, client) {
  const { path, query, body } = callValues(document, entry);
  const clash = Object.keys(path).find((name) => name in query || name === "body") ?? ("body" in query ? "body" : undefined);
  if (clash) throw new Error(`${entry.operationId}: parameter "${clash}" appears twice in the by-name call's one object`);
  const named = { ...path, ...query, ...(body === undefined ? {} : { body }) };
  return { callee: `${target(entry, client).target}.${entry.operationId}`, args: Object.keys(named).length > 0 ? [named] : [] };
}

/** `pk.PATCH("/members/{memberRef}", { params: { path }, body })` @returns {{ callee: string, args: unknown[] }} */
function pathCall(document, entry, client) {
  const { path, query, body } = callValues(document, entry);
  const { scope, target: on } = target(entry, client);
  const params = {
    ...(Object.keys(path).length > 0 ? { path } : {}),
    ...(Object.keys(query).length > 0 ? { query } : {}),
  };
  const init = { ...(Object.keys(params).length > 0 ? { params } : {}), ...(body === undefined ? {} : { body }) };
  return { callee: `${on}.${entry.method}`, args: Object.keys(init).length > 0 ? [scope.path, init] : [scope.path] };
}

// Every path parameter, every required query parameter and each optional one
// the spec gives an example for; the JSON request body, if any.
function callValues(document, { path: route, method, operation }) {
  const byKey = new Map();
  for (const node of [...(document.paths[route]?.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = deref(document, node);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter); // an operation's own parameter overrides the path item's
  }
  /** @type {Record<string, unknown>} */
  const path = {};
  /** @type {Record<string, unknown>} */
  const query = {};
  for (const parameter of byKey.values()) {
    if (parameter.in === "path") path[parameter.name] = parameterValue(document, parameter);
    else if (parameter.in === "query" && (parameter.required || hasExample(document, parameter))) {
      query[parameter.name] = parameterValue(document, parameter);
    }
  }
  const requestBody = operation.requestBody ? deref(document, operation.requestBody) : undefined;
  const media = requestBody?.content?.["application/json"] ?? Object.values(requestBody?.content ?? {})[0];
  if (requestBody && !media) throw new Error(`${method} ${route}: a request body without content`);
  return { path, query, body: media ? bodyValue(document, media) : undefined };
}
