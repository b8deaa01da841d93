// Which credential a call sends, and the key its limits and 401 state live
// under. A string was checked when the client was built (options/validate-options.ts),
// so its key is hashed once and every later call gets it without waiting; a
// function is asked again on every call, so a rotated credential takes effect.
import type { ApiDefinition } from "../api-definition.js";
import { anonymousKey, credentialKey } from "./credential-key.js";
import { type CredentialSource, resolveCredential } from "./credential.js";

export interface ResolvedCredential {
  credential: string | undefined;
  key: string;
}

export type CredentialResolver = () => ResolvedCredential | Promise<ResolvedCredential>;

export function createCredentialResolver(definition: ApiDefinition, source: CredentialSource | undefined): CredentialResolver {
  const api = definition.metadata.api;
  if (source === undefined) {
    const anonymous: ResolvedCredential = { credential: undefined, key: anonymousKey(api) };
    return () => anonymous;
  }
  if (typeof source === "string") {
    let resolved: ResolvedCredential | undefined;
    return () => resolved ?? credentialKey(api, source).then((key) => (resolved = { credential: source, key }));
  }
  return async () => {
    const credential = (await resolveCredential(source, definition.credentialName)) as string;
    const problem = definition.credentialProblem?.(credential);
    if (problem) throw new TypeError(`${definition.credentialName}: ${problem}`);
    return { credential, key: await credentialKey(api, credential) };
  };
}
