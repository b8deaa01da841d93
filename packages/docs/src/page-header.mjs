// What the top of a page adds to the spec's own `info.description`: the
// sections a user reads before the first call. Each is a `##` heading, which
// Redoc also lists in the side menu.
import { listOperations } from "@api-clients/codegen";
import { namedCall } from "./code-samples.mjs";
import { credentialsSection } from "./section-credentials.mjs";
import { errorsSection } from "./section-errors.mjs";
import { installSection } from "./section-install.mjs";
import { permissionsSection } from "./permissions.mjs";
import { rateLimitsSection } from "./section-rate-limits.mjs";

/** The headings, in page order; the docs test looks for each. */
export const HEADER_SECTIONS = ["Install", "Credentials", "Rate limits", "Permissions", "Errors"];

/**
 * @param {any} exact the spec as parseExactJson read it (for sample values)
 * @param {import("./client-facts.mjs").ClientFacts} client
 * @param {{ name: string, summary: string }[]} errors
 */
export function pageHeader(exact, client, errors) {
  const operations = listOperations(exact);
  // The error example reads a resource, as a NotFoundError would follow from.
  const example =
    operations.find(({ method, path }) => method === "GET" && path.includes("{")) ??
    operations.find(({ method }) => method === "GET") ??
    operations[0];
  if (!example) throw new Error(`${client.packageName}: the spec has no operations`);
  return [
    installSection(client),
    credentialsSection(exact, client),
    rateLimitsSection(exact),
    permissionsSection(exact),
    errorsSection(client, errors, namedCall(exact, example, client)),
  ].join("\n\n");
}
