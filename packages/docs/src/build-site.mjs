// Builds dist/: one Redoc page per API, the one copy of Redoc they share in
// dist/assets/, and an index. Nothing on the pages loads from another host.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readClientFacts } from "./client-facts.mjs";
import { SAMPLE_LANGUAGES } from "./code-samples.mjs";
import { docsSpec } from "./docs-spec.mjs";
import { findApis } from "./find-apis.mjs";
import { readMiddlewareErrors } from "./middleware-errors.mjs";
import { writeRedocAsset } from "./redoc-asset.mjs";
import { renderIndex } from "./render-index.mjs";
import { renderPage } from "./render-page.mjs";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));

// Redoc shows a request-sample tab per listed language that an operation has
// a sample for, plus the request body ("Payload"); the TypeScript tab comes first.
const REDOC_OPTIONS = {
  disableTelemetry: true,
  // The spec is bundled already (scripts/codegen); Redoc would walk it again to bundle it.
  skipBundle: true,
  codeSamples: { languages: [...SAMPLE_LANGUAGES, { lang: "Payload", label: "Payload" }] },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const apis = findApis();
if (apis.length === 0) throw new Error("No API packages found: add them to packages/docs devDependencies");
const redoc = writeRedocAsset(dist);
const errors = readMiddlewareErrors();
for (const { packageName, api, specPath, spec } of apis) {
  const client = await readClientFacts(packageName, api);
  const page = renderPage({
    title: spec.info.title,
    spec: docsSpec(readFileSync(specPath, "utf8"), client, errors),
    options: REDOC_OPTIONS,
  });
  writeFileSync(join(dist, `${api}.html`), page);
}
writeFileSync(join(dist, "index.html"), renderIndex(apis));
console.log(`docs: ${apis.length} API page(s), index.html and Redoc ${redoc.version} (assets/) in ${dist}`);
