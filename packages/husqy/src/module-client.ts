// `husqy.module("tickets")`: a client for one module whose paths are written
// as the module's own docs write them (`/settings`, `/panels/{panel_id}`),
// sent through the same client, so it shares its credential, rate-limit pauses
// and options; and the module's operations by name
// (`husqy.module("tickets").listTicketPanels({ guild_id })`). Typed end to
// end from the spec's `/modules/<name>/…` operations.
import { namedOperations } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import { apiMetadata } from "./generated/metadata.js";
import type { NamedOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { HUSQY_MODULES, type HusqyModule, type ModulePaths } from "./modules.js";

type Method = "GET" | "PUT" | "POST" | "DELETE";
const METHODS: readonly Method[] = ["GET", "PUT", "POST", "DELETE"];
type Operations = typeof apiMetadata.operations;

/** The named operations of one module: those whose path is under `/modules/<name>`. */
export type ModuleOperations<M extends HusqyModule> = {
  [K in keyof NamedOperations as Operations[K]["path"] extends `/modules/${M}` | `/modules/${M}/${string}` ? K : never]: NamedOperations[K];
};

/** One module's operations by path (GET, PUT, POST and DELETE, all Husqy uses) and by name. */
export type HusqyModuleClient<M extends HusqyModule> = Pick<Client<ModulePaths<M>, "application/json">, Method> & ModuleOperations<M>;

export function createModuleClient<M extends HusqyModule>(root: Client<paths, "application/json">, name: M): HusqyModuleClient<M> {
  if (!(HUSQY_MODULES as readonly string[]).includes(name)) throw new TypeError(unknownModule(name));
  const prefix = `/modules/${name}`;
  const fullPath = (path: unknown) => {
    if (typeof path !== "string" || !path.startsWith("/")) {
      throw new TypeError(`husqy.module("${name}"): a path starts with "/", e.g. "/settings"; got ${JSON.stringify(path)}`);
    }
    return path === "/" ? prefix : `${prefix}${path}`;
  };
  const client = {} as Record<Method, (path: string, init?: unknown) => unknown>;
  for (const method of METHODS) {
    const send = root[method] as (path: string, init?: unknown) => unknown;
    client[method] = (path, init) => send(fullPath(path), init);
  }
  const inModule = ({ path }: { path: string }) => path === prefix || path.startsWith(`${prefix}/`);
  return Object.assign(client, namedOperations(root as never, apiMetadata.operations, inModule)) as unknown as HusqyModuleClient<M>;
}

function unknownModule(name: unknown): string {
  const hint = name === "invite-tracker" ? ' (the API spells it "invite_tracker")' : "";
  return `husqy.module: unknown module ${JSON.stringify(name)}${hint}; Husqy's modules are ${HUSQY_MODULES.join(", ")}`;
}
