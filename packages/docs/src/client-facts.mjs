// What the samples and the page header need to know about an API's client,
// read from the package itself so that a new API needs no docs change:
// - the factory: its one `create…Client` export;
// - the credential option and how it is sent: the `credentialName` and `auth`
//   of its exported ApiDefinition (packages/<api>/src/definition.ts);
// - the client's variable name: the one its README's quick start uses
//   (`const pk = createPluralKitClient(…)`), else the API's name;
// - whether operations go through a scoped client (client-scope.mjs).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { clientScope } from "./client-scope.mjs";

const require = createRequire(import.meta.url);

/** @typedef {Awaited<ReturnType<typeof readClientFacts>>} ClientFacts */

/**
 * @param {string} packageName e.g. "@api-clients/pluralkit"
 * @param {string} api e.g. "pluralkit"
 */
export async function readClientFacts(packageName, api) {
  const exports = await import(packageName);
  const factories = Object.keys(exports).filter((name) => /^create\w+Client$/.test(name) && typeof exports[name] === "function");
  if (factories.length !== 1)
    throw new Error(`${packageName} must export exactly one create…Client function; found ${factories.join(", ") || "none"}`);
  const factory = /** @type {string} */ (factories[0]);
  const definition = Object.values(exports).find(
    (value) => value && typeof value === "object" && typeof value.credentialName === "string" && typeof value.auth?.type === "string",
  );
  if (!definition) throw new Error(`${packageName} exports no ApiDefinition (an object with credentialName and auth)`);
  const readme = readReadme(packageName);
  const variable = new RegExp(`const\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*${factory}\\(`).exec(readme)?.[1] ?? api.replace(/\W/g, "_");
  const credentialOption = /** @type {string} */ (definition.credentialName);
  return {
    packageName,
    api,
    factory,
    variable,
    credentialOption,
    /** @type {{ type: "raw" | "header", header: string } | { type: "bearer" }} */
    auth: definition.auth,
    // The credential comes from the environment in every sample: PLURALKIT_TOKEN, PWNBOOK_API_KEY, …
    credentialEnv: `${api}_${credentialOption.replace(/([a-z0-9])([A-Z])/g, "$1_$2")}`.toUpperCase().replace(/\W/g, "_"),
    exportedNames: new Set(Object.keys(exports)),
    scope: clientScope(probeClient(exports[factory])),
  };
}

// A client made with no options, only to see whether it has `module()`; never
// sends. A factory that needs an option (e.g. a baseUrl its spec lacks) has none.
function probeClient(factory) {
  try {
    return factory({});
  } catch {
    return undefined;
  }
}

/** @param {string} packageName */
function readReadme(packageName) {
  try {
    return readFileSync(join(dirname(require.resolve(`${packageName}/package.json`)), "README.md"), "utf8");
  } catch {
    return "";
  }
}
