import { createApiClient } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import type { PluralKitClientOptions } from "./client-options.js";
import { pluralKitDefinition } from "./definition.js";
import type { paths } from "./generated/schema.js";

export type PluralKitClient = Client<paths, "application/json">;

export const DEFAULT_USER_AGENT = pluralKitDefinition.defaultUserAgent;

/**
 * A typed client for PluralKit API v2, with PluralKit's documented rate limits,
 * retries, timeouts and typed errors from @api-clients/middleware.
 *
 * ```ts
 * const pk = createPluralKitClient({ token: process.env.PK_TOKEN, userAgent: "my-bot/1.0" });
 * const { data, error } = await pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "@me" } } });
 * ```
 */
export function createPluralKitClient(options: PluralKitClientOptions = {}): PluralKitClient {
  return createApiClient<paths, "token">("createPluralKitClient", pluralKitDefinition, options);
}
