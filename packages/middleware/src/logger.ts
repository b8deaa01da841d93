/**
 * Where the client reports what it does (waits, retries, pauses). Off by
 * default; pass `console` or any object with these methods. Lines name the
 * method and path, never a header, a query string or a credential.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} };
