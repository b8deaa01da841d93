// Which client object an operation is called on. Husqy's client serves each
// module's operations through `husqy.module("<name>")`, whose paths are
// relative to `/modules/<name>` (packages/husqy/src/module-client.ts); every
// other operation, and every operation of a client without `module()`, is
// called on the client itself with its full path.
const MODULE_PATH = /^\/modules\/([^/]+)(\/.*)?$/;

/**
 * @param {any} client an instance made by the package's factory, never used to send
 * @returns {(path: string) => { module?: string, path: string }}
 */
export function clientScope(client) {
  if (typeof client?.module !== "function") return (path) => ({ path });
  return (path) => {
    const match = MODULE_PATH.exec(path);
    if (!match) return { path };
    const name = /** @type {string} */ (match[1]);
    try {
      client.module(name); // throws for a name that is not one of the client's modules
    } catch {
      return { path };
    }
    return { module: name, path: match[2] ?? "/" };
  };
}
