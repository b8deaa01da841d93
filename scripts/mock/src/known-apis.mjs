// The APIs there is a mock for: every specs/<api>/ folder with a root
// openapi.yaml. Read from the tree, so a new API needs no list updated here.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./repo-root.mjs";

export function knownApis() {
  const specs = join(repoRoot, "specs");
  return readdirSync(specs)
    .filter((name) => existsSync(join(specs, name, "openapi.yaml")))
    .sort();
}

/** Throws a TypeError that lists the valid names when `api` is not one of them. */
export function checkApiName(api) {
  const apis = knownApis();
  if (!apis.includes(api)) {
    throw new TypeError(`Unknown API ${JSON.stringify(api)}. There is a mock for: ${apis.join(", ")}.`);
  }
}
