import type { CommonClientOptions, CredentialSource } from "@api-clients/middleware";

/** Options of {@link createPhishermanClient}; the shared ones are documented on CommonClientOptions. */
export interface PhishermanClientOptions extends CommonClientOptions {
  /**
   * Your Phisherman API key, sent as `Authorization: Bearer <key>`, or a
   * function returning it. Each operation needs a permission on the key
   * (API.READ, API.UPDATE, API.UPDATE_BULK). After a 401 the client stops
   * using the key: Phisherman may revoke keys that keep trying.
   */
  apiKey?: CredentialSource | undefined;
}
