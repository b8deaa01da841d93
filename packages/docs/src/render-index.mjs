// index.html: one card per API with its version, operation count, package and
// install line. Plain HTML and inline CSS: the site makes no network request.
import { countOperations } from "./count-operations.mjs";

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** @param {{ packageName: string, api: string, spec: any }[]} apis */
export function renderIndex(apis) {
  const cards = apis
    .map(({ packageName, api, spec }) => {
      const count = countOperations(spec);
      return `    <li class="api" data-api="${escapeHtml(api)}" data-operations="${count}">
      <h2><a href="./${escapeHtml(api)}.html">${escapeHtml(spec.info.title)}</a></h2>
      <p class="meta">version <span class="version">${escapeHtml(spec.info.version)}</span> · <span class="count">${count}</span> operation${count === 1 ? "" : "s"} · <code>${escapeHtml(packageName)}</code></p>
      <pre><code>npm i ${escapeHtml(packageName)}</code></pre>
    </li>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>api-clients: API reference</title>
  <link rel="icon" href="data:,">
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
    ul { list-style: none; padding: 0; }
    .api { border: 1px solid #d0d7de; border-radius: 8px; padding: 0 1rem; margin: 1rem 0; }
    .meta { color: #57606a; }
    pre { background: #f6f8fa; padding: .5rem .75rem; border-radius: 6px; }
  </style>
</head>
<body>
  <h1>api-clients: API reference</h1>
  <p>Typed TypeScript clients generated from hand-written OpenAPI 3.1 specs. Each page below works offline.</p>
  <ul>
${cards}
  </ul>
</body>
</html>
`;
}
