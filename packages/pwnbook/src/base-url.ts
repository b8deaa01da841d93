// Pwnbook runs in the cloud (https://app.pwnbook.io/api/v1) or self-hosted
// (https://<your host>/api/v1). Accept an instance's root, its `/api`, or the
// full `/api/v1`, and always return the `/api/v1` root the paths hang off.
export const CLOUD_BASE_URL = "https://app.pwnbook.io/api/v1";

export function pwnbookBaseUrl(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return CLOUD_BASE_URL;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError("createPwnbookClient: baseUrl must be an absolute http(s) URL, e.g. https://pwnbook.example.com");
  }
  const path = url.pathname.replace(/\/+$/, "");
  if (path.endsWith("/api/v1")) return `${url.origin}${path}`;
  if (path.endsWith("/api")) return `${url.origin}${path}/v1`;
  return `${url.origin}${path}/api/v1`;
}
