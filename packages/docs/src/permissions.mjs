// What an operation's `x-permissions` (specs/CONVENTIONS.md) says, in words:
// the page's "Permissions" table and the line at the top of each operation.
import { listOperations } from "@api-clients/codegen";
import { code, list, table } from "./markdown.mjs";

/** The line an operation's description starts with, or undefined without `x-permissions`. @param {any} operation */
export function permissionLine(operation) {
  const permissions = operation["x-permissions"];
  if (!Array.isArray(permissions) || permissions.length === 0) return undefined;
  return `**Required permission${permissions.length > 1 ? "s" : ""}:** ${list(permissions.map(code))}`;
}

/** @param {any} spec */
export function permissionsSection(spec) {
  const rows = listOperations(spec)
    .filter(({ operation }) => permissionLine(operation))
    .map(({ operationId, operation }) => [code(operationId), String(operation.summary ?? ""), list(operation["x-permissions"].map(code))]);
  const body =
    rows.length === 0
      ? "No operation declares a required permission (`x-permissions`)."
      : `What the credential must carry for each operation (the spec's \`x-permissions\`); without it the API answers 403, a \`ForbiddenError\`.\n\n${table(["Operation", "Summary", "Permission"], rows)}${rows.length < listOperations(spec).length ? "\n\nEvery other operation needs no special permission." : ""}`;
  return `## Permissions\n\n${body}`;
}
