import { createApiClient, type WithOperations, withOperations } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import type { HusqyClientOptions } from "./client-options.js";
import { husqyDefinition } from "./definition.js";
import { apiMetadata } from "./generated/metadata.js";
import type { NamedOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { createModuleClient, type HusqyModuleClient } from "./module-client.js";
import type { HusqyModule } from "./modules.js";

/** openapi-fetch's path form, a method per operation (all 317: `husqy.getServerSettings({ guild_id })`), `paginate`, and `module(name)`. */
export type HusqyClient = Client<paths, "application/json"> & WithOperations<NamedOperations, typeof apiMetadata.operations> & HusqyModules;

export interface HusqyModules {
  /**
   * The operations of one module, with paths relative to `/modules/<name>`:
   * `husqy.module("tickets").GET("/settings", …)` calls
   * `GET /modules/tickets/settings`. Same credential, limits and options as
   * this client. Throws a TypeError for a name that is not a Husqy module.
   */
  module<M extends HusqyModule>(name: M): HusqyModuleClient<M>;
}

/**
 * A typed client for the Husqy v1 dashboard API: the general service
 * (`/settings`, `/auth/…`, `/helpers/…`) on the client itself, each module
 * through `module(name)`. Discord ids go in as strings or bigints and out as
 * exact JSON integers; responses carry them as strings.
 *
 * ```ts
 * const husqy = createHusqyClient({ token: process.env.HUSQY_API_KEY });
 * const tickets = husqy.module("tickets");
 * const { data } = await tickets.listTicketPanels({ guild_id: "1187654321098765432" });
 * ```
 */
export function createHusqyClient(options: HusqyClientOptions = {}): HusqyClient {
  const client = createApiClient<paths, "token">("createHusqyClient", husqyDefinition, options);
  // One scoped client per module name; each is typed by its own name when handed out.
  const modules = new Map<HusqyModule, unknown>();
  return Object.assign(client, withOperations<NamedOperations, typeof apiMetadata.operations>(client as never, apiMetadata.operations), {
    module<M extends HusqyModule>(name: M): HusqyModuleClient<M> {
      let scoped = modules.get(name) as HusqyModuleClient<M> | undefined;
      if (!scoped) {
        scoped = createModuleClient(client, name);
        modules.set(name, scoped);
      }
      return scoped;
    },
  });
}
