// Rate-limit and credential state is keyed by a hash of the credential, never
// by the credential itself, so no store (memory or Redis) holds a secret.
export const ANONYMOUS = "anonymous";

// The last few keys, so a client does not hash its credential on every call.
const recent = new Map<string, Promise<string>>();

/** The key of calls made without a credential. */
export const anonymousKey = (api: string): string => `${api}:${ANONYMOUS}`;

export function credentialKey(api: string, credential: string | undefined): Promise<string> {
  if (credential === undefined) return Promise.resolve(anonymousKey(api));
  const cacheKey = `${api}\0${credential}`;
  let key = recent.get(cacheKey);
  if (!key) {
    key = hashKey(api, credential);
    if (recent.size >= 16) recent.delete(recent.keys().next().value!);
    recent.set(cacheKey, key);
  }
  return key;
}

async function hashKey(api: string, credential: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${api}\0${credential}`));
  const hex = Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${api}:${hex}`;
}
