import { createApiClient, type WithOperations, withOperations } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import { pwnbookBaseUrl } from "./base-url.js";
import type { PwnbookClientOptions } from "./client-options.js";
import { pwnbookDefinition } from "./definition.js";
import { apiMetadata } from "./generated/metadata.js";
import type { NamedOperations } from "./generated/operations.js";
import type { components, paths } from "./generated/schema.js";

export type Engagement = components["schemas"]["Engagement"];
export type Member = components["schemas"]["Member"];

/** openapi-fetch's path form, a method per operation (`pwnbook.listEngagements({ status: "active" })`) and `paginate`. */
export type PwnbookClient = Client<paths, "application/json"> & WithOperations<NamedOperations, typeof apiMetadata.operations>;

/**
 * A typed client for Pwnbook v1 (cloud or self-hosted), following the rate
 * limit Pwnbook announces in its headers.
 *
 * ```ts
 * const pwnbook = createPwnbookClient({ apiKey: process.env.PWNBOOK_KEY });
 * for await (const engagement of pwnbook.paginate("listEngagements", { status: "active" })) console.log(engagement.name);
 * ```
 */
export function createPwnbookClient(options: PwnbookClientOptions = {}): PwnbookClient {
  const client = createApiClient<paths, "apiKey">("createPwnbookClient", pwnbookDefinition, {
    ...options,
    baseUrl: pwnbookBaseUrl(options.baseUrl),
  });
  return Object.assign(client, withOperations<NamedOperations, typeof apiMetadata.operations>(client as never, apiMetadata.operations));
}
