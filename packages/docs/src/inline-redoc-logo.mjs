// Redoc 3 shows an "API docs by Redocly" logo that its standalone script
// loads from cdn.redoc.ly. That is a request to another host on every page
// view (and a console error offline), so the logo's URLs in the script are
// replaced with an inline SVG that keeps the attribution.
const LOGO_URLS = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];
const INLINE_LOGO =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" fill="#0044d4">Redocly</text></svg>',
  );

/** @param {string} code */
export function inlineRedocLogo(code) {
  let out = code;
  for (const url of LOGO_URLS) out = out.split(url).join(INLINE_LOGO);
  return out;
}
