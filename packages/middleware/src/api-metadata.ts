// The shape of `apiMetadata` that scripts/codegen generates from a spec's
// vendor extensions (specs/CONVENTIONS.md). Readonly because it is emitted
// `as const`.

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

export interface RateLimitWindow {
  /** Stable name, used in store keys and logs. */
  readonly id: string;
  readonly description?: string;
  /**
   * The algorithm the server runs, which the client plans against exactly:
   * `gcra` (a token bucket: `limit` per `windowSeconds` sustained, `burst` at
   * once), `sliding-window` (at most `limit` in any `windowSeconds`, the
   * safe reading of a bare "N per T"), `fixed-window` (at most `limit` per
   * window, windows aligned to the Unix epoch: a UTC day for a daily quota),
   * or `header-announced` (the budget the server's rate-limit headers announce).
   */
  readonly algorithm: "gcra" | "sliding-window" | "fixed-window" | "header-announced";
  /** Requests per window (sustained, for gcra). Not for header-announced windows. */
  readonly limit?: number;
  readonly windowSeconds?: number;
  /** gcra: how many requests the server admits at once from an idle bucket (PluralKit: limit − 1). Default: `limit`. */
  readonly burst?: number;
  /** Who the server counts against. The client keys by credential, or by "anonymous" without one. */
  readonly per: "credential" | "ip" | "credential-or-ip";
  /** Only for this tier (PhishStats). */
  readonly tier?: string;
  readonly appliesTo?: {
    readonly methods?: readonly HttpMethod[];
    readonly operations?: readonly string[];
    readonly exceptOperations?: readonly string[];
  };
}

export interface RateLimitHeaderNames {
  readonly limit?: string;
  readonly remaining: string;
  readonly reset: string;
  readonly resetUnit: "epoch-seconds" | "epoch-milliseconds" | "delta-seconds";
  readonly scope?: string;
}

export interface RetryAfterBodyField {
  readonly field: string;
  readonly unit: "seconds" | "milliseconds" | "epoch-seconds" | "http-date" | "iso-date";
}

export interface RateLimitMetadata {
  readonly description?: string;
  readonly windows?: readonly RateLimitWindow[];
  readonly headers?: RateLimitHeaderNames;
  readonly retryAfterBody?: RetryAfterBodyField;
}

export interface PaginationMetadata {
  readonly style: "page" | "cursor";
  readonly itemsField: string;
  readonly pageParam?: string;
  readonly sizeParam?: string;
  readonly maxSize?: number;
  readonly totalPagesField?: string;
  readonly cursorParam?: string;
  readonly cursorField?: string;
}

export interface OperationMetadata {
  readonly method: string;
  readonly path: string;
  /** The names of its query parameters (a named call tells them from path parameters by these). */
  readonly query: readonly string[];
  readonly tag: string | null;
  readonly deprecated: boolean;
  readonly permissions: readonly string[];
  /**
   * Whether the spec lets the operation be called without a credential (its
   * `security` lists `{}`). When false, a client without one fails the call
   * with MissingCredentialError before any request.
   */
  readonly anonymous: boolean;
  readonly pagination: PaginationMetadata | null;
}

export interface ApiMetadata {
  readonly api: string;
  readonly title: string;
  readonly version: string;
  readonly serverUrl: string | null;
  readonly rateLimits: RateLimitMetadata | null;
  readonly operations: { readonly [operationId: string]: OperationMetadata };
  /**
   * Request fields (body properties, query and path parameters) that hold
   * 64-bit integers (`x-int64: true` in the spec, e.g. Discord snowflakes). The client
   * accepts them as string, bigint or safe number and sends exact integers.
   */
  readonly int64Fields?: readonly string[];
}
