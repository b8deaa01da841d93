import createClient, { type Client } from "openapi-fetch";
import type { PluralKitClientOptions } from "./client-options.js";
import { apiMetadata } from "./generated/metadata.js";
import type { paths } from "./generated/schema.js";
import { validateOptions } from "./validate-options.js";

export type PluralKitClient = Client<paths, "application/json">;

export const DEFAULT_USER_AGENT = "@api-clients/pluralkit";

/**
 * A typed client for PluralKit API v2.
 *
 * ```ts
 * const pk = createPluralKitClient({ token: process.env.PK_TOKEN, userAgent: "my-bot/1.0" });
 * const { data, error } = await pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "@me" } } });
 * ```
 */
export function createPluralKitClient(options: PluralKitClientOptions = {}): PluralKitClient {
  validateOptions(options);
  const headers: Record<string, string> = { "User-Agent": options.userAgent ?? DEFAULT_USER_AGENT };
  // PluralKit takes the raw token: a "Bearer " prefix makes it an unknown token.
  if (options.token !== undefined) headers.Authorization = options.token;

  return createClient<paths, "application/json">({
    baseUrl: (options.baseUrl ?? apiMetadata.serverUrl).replace(/\/+$/, ""),
    headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
