// One shared copy of Redoc for every page, in dist/assets/, loaded with a
// relative <script src>: the pages used to inline 2.3 MB of Redoc each.
// It is the Redoc that the pinned @redocly/cli ships (its `build-docs` inlines
// the same file), reached through @api-clients/codegen, which pins the CLI.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { toClassicScript } from "./classic-script.mjs";
import { inlineRedocLogo } from "./inline-redoc-logo.mjs";

export const REDOC_ASSET = "assets/redoc.standalone.js";

function findRedocStandalone() {
  const fromCodegen = createRequire(createRequire(import.meta.url).resolve("@api-clients/codegen"));
  const cli = dirname(fromCodegen.resolve("@redocly/cli/package.json"));
  return join(cli, "lib", "chunks", "redoc.standalone.js");
}

/** Writes REDOC_ASSET under `dist`; returns Redoc's version and the globals the page may call. */
export function writeRedocAsset(dist) {
  const path = findRedocStandalone();
  let source;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`Redoc's standalone script is not at ${path} (did @redocly/cli move it?)`, { cause: error });
  }
  const version = /Version:\s*([\w.-]+)/.exec(source.slice(0, 500))?.[1] ?? "unknown";
  const { code, globals } = toClassicScript(inlineRedocLogo(source));
  if (!globals.includes("hydrate")) throw new Error("Redoc's standalone script no longer exports hydrate()");
  const file = join(dist, REDOC_ASSET);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `/* Redoc ${version}, from @redocly/cli; made a classic script by packages/docs/src/classic-script.mjs */\n${code}`);
  return { version, bytes: Buffer.byteLength(code) };
}
