// Credentials a server answered 401 for. Later calls with one fail fast,
// without a request: Phisherman asks clients to stop using a key once it is
// rejected (and may revoke keys that keep trying). Keyed by credential hash;
// shared by every client in the process.
const rejected = new Set<string>();

export const rejectedCredentials = {
  add: (key: string) => void rejected.add(key),
  has: (key: string) => rejected.has(key),
  /** For tests and for callers that know the credential was fixed server-side. */
  clear: (key?: string) => (key === undefined ? rejected.clear() : void rejected.delete(key)),
};
