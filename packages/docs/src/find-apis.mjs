// The APIs the site documents: every @api-clients/* devDependency of this
// package that ships its bundled spec as `<package>/openapi.json`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** @returns {{ packageName: string, api: string, specPath: string, spec: any }[]} */
export function findApis() {
  const own = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  const apis = [];
  for (const packageName of Object.keys(own.devDependencies ?? {}).sort()) {
    if (!packageName.startsWith("@api-clients/")) continue;
    let specPath;
    try {
      specPath = require.resolve(`${packageName}/openapi.json`);
    } catch {
      continue; // a tool package, not an API client
    }
    const spec = JSON.parse(readFileSync(specPath, "utf8"));
    apis.push({ packageName, api: packageName.slice("@api-clients/".length), specPath, spec });
  }
  return apis;
}
