// What every API client adds to openapi-fetch's path form: a method per
// operation, named by its operationId, and `paginate` over the paged ones.
// One function, so that an API package binds them in a line.
import type { Client } from "openapi-fetch";
import type { OperationMetadata } from "../api-metadata.js";
import { namedOperations } from "./named-operations.js";
import { type Paginate, paginateOperations } from "./paginate-operation.js";

export type WithOperations<Named, Meta> = Named & {
  /** Every item of a paged operation's list (`x-pagination`), page by page; `options.maxPages` caps the requests, `options.signal` stops the walk. */
  paginate: Paginate<Named, Meta>;
};

export function withOperations<Named, Meta extends { readonly [id: string]: OperationMetadata }>(
  client: Client<never>,
  operations: Meta,
): WithOperations<Named, Meta> {
  const named = namedOperations<Named>(client, operations);
  return Object.assign(named as object, { paginate: paginateOperations(named, operations) }) as WithOperations<Named, Meta>;
}
