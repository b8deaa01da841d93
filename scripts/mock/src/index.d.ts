export interface StartPrismOptions {
  /** Path to the (bundled) OpenAPI document to mock. */
  spec: string;
  /** Port to listen on. Default: a free port chosen by the OS. */
  port?: number;
  /** Interface to bind. Default: `127.0.0.1` (loopback only). */
  host?: string;
  /** Pass `--errors`: invalid requests get an error response. Default: `true`. */
  errors?: boolean;
  /** How long to wait for "Prism is listening". Default: `60000`. */
  startTimeoutMs?: number;
}

export interface PrismServer {
  /** The mock's URL with the API's base path, usable as a client's `baseUrl`: e.g. `http://127.0.0.1:43117/v2`. */
  url: string;
  /** The base path of the spec's first server (`/v2`, `/api/v1`), or `` when it has none. */
  basePath: string;
  pid: number | undefined;
  /** Stops the process and resolves when it has exited. */
  stop(): Promise<void>;
}

export function startPrism(options: StartPrismOptions): Promise<PrismServer>;
export function freePort(host?: string): Promise<number>;
export function bundledSpecPath(api: string): string;
export function knownApis(): string[];
export function checkApiName(api: string): void;
export function basePathOf(serverUrl: string | undefined): string;
export function underBasePath(document: unknown): { document: unknown; basePath: string };
