import type { CommonClientOptions, CredentialSource } from "@api-clients/middleware";

/** Options of {@link createPluralKitClient}; the shared ones are documented on CommonClientOptions. */
export interface PluralKitClientOptions extends CommonClientOptions {
  /**
   * System token from `pk;token`, or a function returning one. Sent as-is in
   * `Authorization`, with no `Bearer` prefix (https://pluralkit.me/api#authentication).
   * Default: none, so only public data is visible.
   */
  token?: CredentialSource | undefined;
}
