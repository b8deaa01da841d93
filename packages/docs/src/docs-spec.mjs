// The copy of a bundled spec that a page renders: the spec as published plus,
// made now and never written to specs/, the page header after
// `info.description`, and on each operation its two TypeScript samples
// (`x-codeSamples`) and its required permission as the description's first line.
import { listOperations } from "@api-clients/codegen";
import { codeSamples } from "./code-samples.mjs";
import { parseExactJson } from "./exact-json.mjs";
import { pageHeader } from "./page-header.mjs";
import { permissionLine } from "./permissions.mjs";

/**
 * @param {string} specText the bundled spec's JSON text
 * @param {import("./client-facts.mjs").ClientFacts} client
 * @param {{ name: string, summary: string }[]} errors
 */
export function docsSpec(specText, client, errors) {
  const spec = JSON.parse(specText);
  // The same document with big integers kept exact, which sample values come from.
  const exact = parseExactJson(specText);
  spec.info.description = `${spec.info.description ?? ""}\n\n${pageHeader(exact, client, errors)}`.trim();
  for (const entry of listOperations(exact)) {
    const operation = spec.paths[entry.path][entry.method.toLowerCase()];
    operation["x-codeSamples"] = codeSamples(exact, entry, client);
    const line = permissionLine(operation);
    if (line) operation.description = operation.description ? `${line}\n\n${operation.description}` : line;
  }
  return spec;
}
