import type { CommonClientOptions, CredentialSource } from "@api-clients/middleware";

/** Options of {@link createHusqyClient}; the shared ones are documented on CommonClientOptions. */
export interface HusqyClientOptions extends CommonClientOptions {
  /**
   * A Discord OAuth access token of a user who manages the server, or a server
   * API key made in the Husqy dashboard (it acts as an administrator of that
   * one server, and cannot manage API keys). Sent as `Authorization: Bearer …`
   * — an assumption, as Husqy does not document the header. A string or a
   * function returning one (called per request, e.g. to refresh OAuth tokens).
   * Default: none; only the health endpoints answer without one.
   */
  token?: CredentialSource | undefined;
  /** Default: `https://api.husqy.xyz/v1`. */
  baseUrl?: string | undefined;
}
