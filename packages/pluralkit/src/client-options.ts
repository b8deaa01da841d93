/** Options of {@link createPluralKitClient}. */
export interface PluralKitClientOptions {
  /**
   * System token from `pk;token`. Sent as-is in `Authorization`, with no
   * `Bearer` prefix (https://pluralkit.me/api#authentication).
   * Default: none, so only public data is visible.
   */
  token?: string;
  /** API root. Default: `https://api.pluralkit.me/v2` (the spec's first server). */
  baseUrl?: string;
  /** The fetch to send requests with. Default: `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /**
   * PluralKit refuses requests without a User-Agent (400), so one is always
   * sent. Default: `@api-clients/pluralkit`; name your bot here.
   */
  userAgent?: string;
}
