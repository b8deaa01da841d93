// Rate-limit and credential state is keyed by a hash of the credential, never
// by the credential itself, so no store (memory or Redis) holds a secret.
export const ANONYMOUS = "anonymous";

export async function credentialKey(api: string, credential: string | undefined): Promise<string> {
  if (credential === undefined) return `${api}:${ANONYMOUS}`;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${api}\0${credential}`));
  const hex = Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${api}:${hex}`;
}
