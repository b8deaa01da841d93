// `client.paginate(operationId, args, options)`: every item of any list the
// spec marks with `x-pagination`, page after page, through the operation's
// named method (so auth, limits and retries apply to each page). One walk for
// every API and style: page-numbered (Pwnbook, PhishStats), and cursor, such
// as PluralKit's switch list, whose `before` takes the last switch's timestamp.
import type { OperationMetadata, PaginationMetadata } from "../api-metadata.js";
import { unwrap } from "../unwrap.js";
import type { Empty } from "./operation-method.js";
import { type PaginateOptions, type Paginator, paginate } from "./paginate.js";

/** A walk's budget and its caller's signal (the parameters are the second argument). */
export type PageOptions = Omit<PaginateOptions, "query">;

type At<T, Path extends string> = Path extends ""
  ? T
  : Path extends `${infer Key}.${infer Rest}`
    ? At<T[Key & keyof T], Rest>
    : T[Path & keyof T];
type Paged = { readonly pagination: PaginationMetadata };
/** The operations the spec marks with x-pagination. */
export type PagedOperationId<Meta> = { [K in keyof Meta]: Meta[K] extends Paged ? K : never }[keyof Meta] & string;
type PageParameters<P> =
  | (P extends { pageParam: infer A } ? A : never)
  | (P extends { sizeParam: infer B } ? B : never)
  | (P extends { cursorParam: infer C } ? C : never);
type ArgsOf<F> = F extends (args?: infer A, ...rest: never[]) => unknown
  ? NonNullable<A>
  : F extends (args: infer A, ...rest: never[]) => unknown
    ? A
    : never;
type DataOf<F> = F extends (...args: never[]) => Promise<infer R> ? (R extends { data?: infer D } ? NonNullable<D> : never) : never;
type ItemOf<Named, Meta, Id extends keyof Named & keyof Meta> =
  At<DataOf<Named[Id]>, Meta[Id] extends Paged ? Meta[Id]["pagination"]["itemsField"] : ""> extends readonly (infer Item)[]
    ? Item
    : unknown;
type WalkArgs<Named, Meta, Id extends keyof Named & keyof Meta> = Omit<
  ArgsOf<Named[Id]>,
  PageParameters<Meta[Id] extends Paged ? Meta[Id]["pagination"] : never> & string
>;

/** The type of `client.paginate`, from the client's named operations and its operation table. */
export type Paginate<Named, Meta> = <Id extends PagedOperationId<Meta> & keyof Named>(
  operation: Id,
  ...rest: Empty extends WalkArgs<Named, Meta, Id>
    ? [args?: WalkArgs<Named, Meta, Id>, options?: PageOptions]
    : [args: WalkArgs<Named, Meta, Id>, options?: PageOptions]
) => Paginator<ItemOf<Named, Meta, Id>>;

type Method = (
  args: Record<string, unknown>,
  options: { signal?: AbortSignal },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function paginateOperations<Named, Meta extends { readonly [id: string]: OperationMetadata }>(
  named: Named,
  operations: Meta,
): Paginate<Named, Meta> {
  return ((operationId: string, args: Record<string, unknown> = {}, options: PageOptions = {}) => {
    const pagination = operations[operationId]?.pagination;
    if (!pagination) {
      const paged = Object.keys(operations).filter((id) => operations[id]!.pagination);
      throw new TypeError(
        `paginate: ${operationId} is not a paged operation; the spec marks ${paged.join(", ") || "none"} with x-pagination`,
      );
    }
    const method = (named as Record<string, Method>)[operationId]!;
    return paginate((query, signal) => unwrap(method({ ...args, ...query }, signal ? { signal } : {})), pagination, options);
  }) as Paginate<Named, Meta>;
}
