import type { Filter, SortKey } from "./where.js";

/** What to ask for; filters and sort are checked (see where.ts). */
export interface ListQuery {
  /** A filter built with `field(...)`. */
  where?: Filter;
  /** A field or fields, `-field` for descending. Newest first is `"-id"`. */
  sort?: SortKey | readonly SortKey[];
  /** Records per page, 1 to 100 (the server's maximum). Default: 100 when iterating, the server's 20 otherwise. */
  pageSize?: number | undefined;
  signal?: AbortSignal | undefined;
}
