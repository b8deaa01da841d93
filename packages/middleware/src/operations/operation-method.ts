// The type of a named operation, from openapi-typescript's `operations[id]`:
// its path and query parameters in one object (with `body` for the request
// body), per-call options last, and the same `{ data, error, response }` as
// the path form. `pk.getSystem({ systemRef: "@me" })` is
// `pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "@me" } } })`.
import type { FetchResponse, RequestBodyOption } from "openapi-fetch";

/** No keys: the type of an operation without parameters of a kind. */
export type Empty = Record<never, never>;
type Present<T> = [NonNullable<T>] extends [never] ? Empty : NonNullable<T>;
type ParametersOf<Op> = Op extends { parameters: infer P } ? P : Empty;
type Located<Op, In extends string> = Present<ParametersOf<Op> extends { [K in In]?: infer P } ? P : never>;

/** A named operation's argument: its path and query parameters, and `body` when it takes one. */
export type OperationArgs<Op> = Located<Op, "path"> & Located<Op, "query"> & RequestBodyOption<Op>;

/** What a named operation resolves to: openapi-fetch's `{ data, error, response }`. */
export type OperationResult<Op> = FetchResponse<Op & Record<string | number, unknown>, Empty, "application/json">;

/** Per-call options of a named operation: the fetch options of one call (no parameters or body: those are the first argument). */
export interface CallOptions {
  signal?: AbortSignal | undefined;
  /** Extra request headers for this call. */
  headers?: Record<string, string> | undefined;
  cache?: RequestCache | undefined;
  credentials?: RequestCredentials | undefined;
  integrity?: string | undefined;
  keepalive?: boolean | undefined;
  mode?: RequestMode | undefined;
  redirect?: RequestRedirect | undefined;
  referrerPolicy?: ReferrerPolicy | undefined;
}

/** A named operation: the argument is optional when none of its fields is required. */
export type OperationMethod<Op> =
  Empty extends OperationArgs<Op>
    ? (args?: OperationArgs<Op>, options?: CallOptions) => Promise<OperationResult<Op>>
    : (args: OperationArgs<Op>, options?: CallOptions) => Promise<OperationResult<Op>>;
