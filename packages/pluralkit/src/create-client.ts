import { createApiClient, type WithOperations, withOperations } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import type { PluralKitClientOptions } from "./client-options.js";
import { pluralKitDefinition } from "./definition.js";
import { apiMetadata } from "./generated/metadata.js";
import type { NamedOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";

/** openapi-fetch's path form (`pk.GET("/systems/{systemRef}", …)`), a method per operation (`pk.getSystem({ … })`) and `paginate`. */
export type PluralKitClient = Client<paths, "application/json"> & WithOperations<NamedOperations, typeof apiMetadata.operations>;

export const DEFAULT_USER_AGENT = pluralKitDefinition.defaultUserAgent;

/**
 * A typed client for PluralKit API v2, with PluralKit's own rate limits,
 * retries, timeouts and typed errors from @api-clients/middleware.
 *
 * ```ts
 * const pk = createPluralKitClient({ token: process.env.PK_TOKEN, userAgent: "my-bot/1.0" });
 * const { data, error } = await pk.getSystem({ systemRef: "@me" });
 * for await (const sw of pk.paginate("listSystemSwitches", { systemRef: "@me" }, { maxPages: 3 })) console.log(sw.timestamp);
 * ```
 */
export function createPluralKitClient(options: PluralKitClientOptions = {}): PluralKitClient {
  const client = createApiClient<paths, "token">("createPluralKitClient", pluralKitDefinition, options);
  return Object.assign(client, withOperations<NamedOperations, typeof apiMetadata.operations>(client as never, apiMetadata.operations));
}
