// "Credentials": the factory's credential option, how the client sends it
// (the package's ApiDefinition `auth`), which operations need it (the spec's
// `security`), and the spec's security schemes, marking the one the client uses.
import { listOperations } from "@api-clients/codegen";
import { code } from "./markdown.mjs";

/** @param {{ type: string, header?: string }} auth */
function howSent(auth) {
  if (auth.type === "bearer") return `as ${code("Authorization: Bearer <credential>")}`;
  if (auth.type === "raw") return `as the whole ${code(String(auth.header))} header value, with no ${code("Bearer")} prefix`;
  return `in the ${code(String(auth.header))} header`;
}

/** @param {any} scheme a Security Scheme Object */
function schemeWhere(scheme) {
  if (scheme.type === "apiKey") return `${code(scheme.name)} ${scheme.in === "query" ? "query parameter" : scheme.in}`;
  if (scheme.type === "http") return scheme.scheme?.toLowerCase() === "bearer" ? code("Authorization: Bearer …") : `HTTP ${scheme.scheme}`;
  return scheme.type;
}

/** Whether the client's `auth` sends what this security scheme describes. */
function matches(auth, scheme) {
  if (auth.type === "bearer") return scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer";
  return scheme.type === "apiKey" && scheme.in === "header" && scheme.name?.toLowerCase() === auth.header?.toLowerCase();
}

/** @param {any} spec @param {import("./client-facts.mjs").ClientFacts} client */
export function credentialsSection(spec, client) {
  const operations = listOperations(spec);
  const needing = operations.filter(({ operation }) => {
    const security = operation.security ?? spec.security ?? [];
    return security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0);
  });
  const option = code(client.credentialOption);
  const need =
    needing.length === operations.length
      ? `Every operation needs it: without it a call fails with ${code("MissingCredentialError")} before any request is sent.`
      : needing.length === 0
        ? "It is optional: every operation also answers without one."
        : `${needing.length} of the ${operations.length} operations need it; the others also answer without one.`;
  const schemes = Object.entries(spec.components?.securitySchemes ?? {}).map(
    ([name, scheme]) =>
      `- ${code(name)}: ${schemeWhere(scheme)}${matches(client.auth, scheme) ? " (the one the client uses)" : ""}.${scheme.description ? ` ${scheme.description}` : ""}`,
  );
  return `## Credentials

${code(`${client.factory}`)} takes the credential as its ${option} option: a string, or a function returning one (asked again on every request, so a rotated credential takes effect). The client sends it ${howSent(client.auth)}. ${need}
${schemes.length > 0 ? `\nThe API's security schemes:\n\n${schemes.join("\n")}\n` : ""}`;
}
