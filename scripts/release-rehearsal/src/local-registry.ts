// A local npm registry (Verdaccio) for the rehearsal: its config, storage and
// users live in a temporary folder; it serves the @api-clients scope only,
// with NO uplink, so a name of ours is never published to or fetched from
// anywhere else. It runs inside the test's own process (Verdaccio's
// runServer), on a port the OS picks on loopback: it cannot outlive the test,
// even when the test process is killed.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { runServer } from "verdaccio";

export interface LocalRegistry {
  /** e.g. `http://127.0.0.1:40123/` */
  url: string;
  /** The `.npmrc` line that authenticates a publish: `//127.0.0.1:40123/:_authToken=…`. */
  authLine: string;
  stop(): Promise<void>;
}

export const SCOPE = "@api-clients";

export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  const config = {
    self_path: join(dir, "config.yaml"),
    storage: join(dir, "storage"),
    // One throwaway user; bcrypt at its lowest cost, the password lives for one run.
    auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: 1, rounds: 4 } },
    // No uplinks at all: an unpublished name is a 404 here, never a proxy request.
    uplinks: {},
    packages: { [`${SCOPE}/*`]: { access: "$all", publish: "$authenticated", unpublish: "$authenticated" } },
    // Short-lived JWTs: a legacy token would make every request verify the password again.
    security: { api: { jwt: { sign: { expiresIn: "1h" } } } },
    web: { enable: false },
    log: { type: "stdout", format: "pretty", level: "warn" },
  };
  const server: Server = await runServer(config as never);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  try {
    // npm's `adduser` against htpasswd: the one user there may be, and its token.
    const response = await fetch(`${url}-/user/org.couchdb.user:rehearsal`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "rehearsal", password: `rehearsal-${port}-${Date.now()}` }),
    });
    const { token } = (await response.json()) as { token?: string };
    if (!response.ok || !token) throw new Error(`local registry: could not create the publishing user (${response.status})`);
    return { url, authLine: `//127.0.0.1:${port}/:_authToken=${token}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
