import type { CommonClientOptions, CredentialSource } from "@api-clients/middleware";
import type { CacheOptions } from "./response-cache.js";

/** Options of {@link createPhishStatsClient}; the shared ones are documented on CommonClientOptions. */
export interface PhishStatsClientOptions extends CommonClientOptions {
  /**
   * A `psk_` API key, sent as `X-API-Key` (never in the query string), or a
   * function returning it. Default: none, i.e. anonymous (50 requests a day per IP).
   */
  apiKey?: CredentialSource | undefined;
  /**
   * Your plan, which sets the limits the client paces itself to: `free`,
   * `premium` or `enterprise`. Without a key the anonymous limits apply
   * whatever the plan. Default: `free` with a key.
   */
  tier?: "free" | "premium" | "enterprise" | undefined;
  /** Reuse identical list answers for 90 minutes (PhishStats' refresh cycle), or as configured. Default: off. */
  cache?: boolean | CacheOptions | undefined;
}
