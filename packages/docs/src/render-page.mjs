// One API's page: an empty shell that loads the shared Redoc script and
// renders the spec in the browser.
// - No server-side render: `redocly build-docs` prerenders the page with links
//   like "/engagements" that, clicked before Redoc has started, leave the page
//   when opened from file://, and it adds 250 KB of the same CSS to every page.
// - The spec is inline, as JSON in a non-executed <script> element: a page
//   opened from file:// cannot fetch a separate .json file, and JSON.parse of a
//   string is faster than evaluating the same data as a JavaScript literal.
// - Redoc is a classic <script src> with a relative URL (see classic-script.mjs).
import { REDOC_ASSET } from "./redoc-asset.mjs";

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

// JSON inside <script> must not contain "</script" (or "<!--"); \u003c is the same JSON.
const scriptJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

/** @param {{ title: string, spec: any, options: any }} page */
export function renderPage({ title, spec, options }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="data:,">
  <style>
    body { padding: 0; margin: 0; }
    #redoc:not(:has(*)) { margin: 2rem; font: 16px system-ui, sans-serif; }
  </style>
</head>
<body>
  <!-- Text only: hydrate() renders from scratch into an element with no child elements. -->
  <div id="redoc">Loading ${escapeHtml(title)}…</div>
  <noscript><p style="margin: 2rem">This reference needs JavaScript. The spec is also in the package: <code>openapi.json</code>.</p></noscript>
  <script type="application/json" id="redoc-spec">${scriptJson(spec)}</script>
  <script type="application/json" id="redoc-options">${scriptJson(options)}</script>
  <script src="./${REDOC_ASSET}"></script>
  <script>
    {
      const json = (id) => JSON.parse(document.getElementById(id).textContent);
      hydrate(json("redoc-spec"), json("redoc-options"), document.getElementById("redoc"));
    }
  </script>
</body>
</html>
`;
}
