// Prism serves a spec's paths at its root, while a client puts them under the
// base path of the API's server (https://api.pluralkit.me/v2 → /v2). So the
// mock serves a copy of the spec whose paths carry that base path: its URL,
// base path included, then works unchanged as a client's `baseUrl`.

/** The path of a server URL without a trailing slash: `/v2`, `/api/v1`, or `` at the root. */
export function basePathOf(serverUrl) {
  if (!serverUrl) return "";
  // Server variables ({host}) are not part of the path; give them a placeholder host.
  const pathname = new URL(serverUrl.replace(/\{[^}]+\}/g, "x"), "http://x").pathname;
  return decodeURIComponent(pathname).replace(/\/+$/, "");
}

/**
 * @param {any} document a bundled OpenAPI document
 * @returns {{ document: any, basePath: string }} the document with every path under its first server's base path
 */
export function underBasePath(document) {
  const basePath = basePathOf(document.servers?.[0]?.url);
  if (!basePath) return { document, basePath };
  const paths = Object.fromEntries(Object.entries(document.paths ?? {}).map(([path, item]) => [`${basePath}${path}`, item]));
  return { document: { ...document, paths }, basePath };
}
