// `husqy.module("tickets")`: a client for one module whose paths are written
// as the module's own docs write them (`/settings`, `/panels/{panel_id}`),
// sent through the same client, so it shares its credential, rate-limit pauses
// and options. Typed end to end: each path, its parameters, body and answer
// come from the spec's `/modules/<name>/…` operations.
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { HUSQY_MODULES, type HusqyModule, type ModulePaths } from "./modules.js";

type Method = "GET" | "PUT" | "POST" | "DELETE";
const METHODS: readonly Method[] = ["GET", "PUT", "POST", "DELETE"];

/** One module's operations; Husqy uses GET, PUT, POST and DELETE only. */
export type HusqyModuleClient<M extends HusqyModule> = Pick<Client<ModulePaths<M>, "application/json">, Method>;

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
  return client as unknown as HusqyModuleClient<M>;
}

function unknownModule(name: unknown): string {
  const hint = name === "invite-tracker" ? ' (the API spells it "invite_tracker")' : "";
  return `husqy.module: unknown module ${JSON.stringify(name)}${hint}; Husqy's modules are ${HUSQY_MODULES.join(", ")}`;
}
