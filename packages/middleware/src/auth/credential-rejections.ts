// Credentials this client's server answered 401 for. A later call with one
// fails at once with InvalidCredentialError, and so does every call already
// waiting with it (for a slot, or in a retry's backoff): Phisherman asks
// clients to stop using a key once it is rejected, and may revoke keys that
// keep trying. Keyed by credential hash.
//
// Per client, not per process: a rejection is about the credential this
// client was given, and a process-wide list leaks between clients that never
// share anything (every test needed a fresh token). A new client, or a
// credential function returning a new token, starts clean.

/** Hashes remembered; a token-rotating client cannot grow the set without bound. */
const MAX_REMEMBERED = 1024;

export class CredentialRejections {
  readonly #rejected = new Set<string>();
  readonly #watchers = new Map<string, Set<() => void>>();

  has(key: string): boolean {
    return this.#rejected.size > 0 && this.#rejected.has(key);
  }

  reject(key: string): void {
    if (this.#rejected.size >= MAX_REMEMBERED) this.#rejected.delete(this.#rejected.values().next().value!);
    this.#rejected.add(key);
    const watchers = this.#watchers.get(key);
    this.#watchers.delete(key);
    for (const notify of watchers ?? []) notify();
  }

  /** Calls `notify` once if `key` is rejected while watched; returns the unwatch. */
  watch(key: string, notify: () => void): () => void {
    let watchers = this.#watchers.get(key);
    if (!watchers) {
      watchers = new Set();
      this.#watchers.set(key, watchers);
    }
    watchers.add(notify);
    return () => {
      watchers.delete(notify);
      if (watchers.size === 0 && this.#watchers.get(key) === watchers) this.#watchers.delete(key);
    };
  }
}
