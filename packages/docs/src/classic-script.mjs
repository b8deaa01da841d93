// Turns Redoc's standalone ES module into a classic script. Chromium refuses
// to load a module script from file:// (its origin is "null", so the request
// fails CORS), and the site must work opened from disk; a classic
// `<script src>` loads from file:// and over HTTP alike.
import { Script } from "node:vm";

const TRAILING_EXPORT = /export\s*\{([^}]*)\};?\s*$/;

/** @param {string} source the module's code, which ends in `export{a,b,…};` */
export function toClassicScript(source) {
  const match = TRAILING_EXPORT.exec(source);
  if (!match) throw new Error("Redoc's standalone script no longer ends in one `export{…}`: update classic-script.mjs");
  const names = match[1].split(",").map((name) => name.trim());
  // Each exported name must already be a top-level `const`, so that it stays a
  // global binding for the page's own script once the export is gone.
  const declared = /^(?:\/\*[\s\S]*?\*\/\s*)?const\s*\{([^}]*)\}\s*=/
    .exec(source)?.[1]
    .split(",")
    .map((name) => name.trim());
  if (!declared || names.some((name) => !declared.includes(name))) {
    throw new Error(
      `Redoc's standalone script exports ${names.join(", ")} but does not declare them at the top: update classic-script.mjs`,
    );
  }
  // `import.meta` is only read in Redoc's Node and worker-URL fallbacks, which a
  // browser never reaches (it builds its search worker from a Blob), but it
  // is a syntax error outside a module, so it becomes the page's own URL.
  const classic = source.slice(0, match.index).replaceAll("import.meta.dirname", '""').replaceAll("import.meta.url", "location.href");
  new Script(classic, { filename: "redoc.standalone.js" }); // throws if it is not a valid classic script
  return { code: classic, globals: names };
}
