// Builds dist/: one self-contained Redoc page per API (`--inlineBundle`, so
// Redoc's script is inside the page and nothing loads from a CDN) and an index.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runRedocly } from "@api-clients/codegen";
import { findApis } from "./find-apis.mjs";
import { inlineRedocLogo } from "./inline-redoc-logo.mjs";
import { renderIndex } from "./render-index.mjs";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const template = fileURLToPath(new URL("./redoc-page.hbs", import.meta.url));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const apis = findApis();
if (apis.length === 0) throw new Error("No API packages found: add them to packages/docs devDependencies");
for (const { api, specPath, spec } of apis) {
  const page = join(dist, `${api}.html`);
  runRedocly(["build-docs", specPath, "--inlineBundle", "--template", template, "--title", spec.info.title, "-o", page], { quiet: true });
  writeFileSync(page, inlineRedocLogo(readFileSync(page, "utf8")));
}
writeFileSync(join(dist, "index.html"), renderIndex(apis));
console.log(`docs: ${apis.length} API page(s) and index.html in ${dist}`);
