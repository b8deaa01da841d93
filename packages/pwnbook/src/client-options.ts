import type { CommonClientOptions, CredentialSource } from "@api-clients/middleware";

/** Options of {@link createPwnbookClient}; the shared ones are documented on CommonClientOptions. */
export interface PwnbookClientOptions extends CommonClientOptions {
  /**
   * An organization API key, `pwbk_live_…` or `pwbk_test_…`, sent as a Bearer
   * token, or a function returning it. A key of another shape is refused
   * before any request. Each operation needs a scope on the key (see
   * `apiMetadata.operations[id].permissions`); without it Pwnbook answers 403.
   */
  apiKey?: CredentialSource | undefined;
  /**
   * Pwnbook cloud by default. For a self-hosted instance give its address:
   * `https://pwnbook.example.com`, `…/api` and `…/api/v1` all work.
   * Default: `https://app.pwnbook.io/api/v1`.
   */
  baseUrl?: string | undefined;
}
