// One paging helper for every API, driven by the spec's `x-pagination` on the
// list operation (specs/CONVENTIONS.md) rather than by per-API code:
//   page style   – `pageParam` counts up from 1; stops at `totalPagesField`
//                  when the API gives one, else at the first short page;
//   cursor style – `cursorParam` takes `cursorField` of the last item
//                  (PluralKit's switches: `before` = last timestamp).
// `maxPages` caps the requests one walk may spend; an AbortSignal ends it.
import type { PaginationMetadata } from "../api-metadata.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";

export interface PaginateOptions {
  /** Query parameters sent with every page (filters, sort). */
  query?: Record<string, unknown>;
  /** Items per page, up to the operation's `maxSize`. Default: `maxSize`. */
  pageSize?: number;
  /** The most pages (requests) this walk may fetch. Default: no limit. */
  maxPages?: number;
  /** The first page number, page style only. Default: `1`. */
  firstPage?: number;
  signal?: AbortSignal;
}

/** Fetches one page and returns its parsed body (throwing on an error status, e.g. through `unwrap`). */
export type FetchPage = (query: Record<string, unknown>, signal: AbortSignal | undefined) => Promise<unknown>;

export interface Paginator<Item> extends AsyncIterable<Item> {
  /** The same walk, a page (array of items) at a time. */
  pages(): AsyncIterable<Item[]>;
}

const read = (body: unknown, path: string): unknown =>
  path === "" ? body : path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], body);

export function paginate<Item>(fetchPage: FetchPage, pagination: PaginationMetadata, options: PaginateOptions = {}): Paginator<Item> {
  const maxSize = pagination.maxSize ?? Number.MAX_SAFE_INTEGER;
  const pageSize = options.pageSize ?? pagination.maxSize;
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= maxSize)) {
    throw new TypeError(`paginate: pageSize must be a whole number from 1 to ${maxSize}, got ${pageSize}`);
  }
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;
  if (!(maxPages === Number.POSITIVE_INFINITY || (Number.isInteger(maxPages) && maxPages >= 1))) {
    throw new TypeError(`paginate: maxPages must be a whole number ≥ 1, got ${maxPages}`);
  }
  const firstPage = options.firstPage ?? 1;
  if (!(Number.isInteger(firstPage) && firstPage >= 0))
    throw new TypeError(`paginate: firstPage must be a whole number ≥ 0, got ${firstPage}`);

  async function* pages(): AsyncGenerator<Item[], void, undefined> {
    let cursor: unknown;
    for (let fetched = 0; fetched < maxPages; fetched++) {
      if (options.signal?.aborted) throw new RequestAbortedError("paginate: aborted by the caller", { cause: options.signal.reason });
      const query: Record<string, unknown> = { ...options.query };
      if (pageSize !== undefined && pagination.sizeParam) query[pagination.sizeParam] = pageSize;
      if (pagination.style === "page") query[pagination.pageParam!] = firstPage + fetched;
      else if (cursor !== undefined) query[pagination.cursorParam!] = cursor;

      const body = await fetchPage(query, options.signal);
      const items = read(body, pagination.itemsField);
      if (!Array.isArray(items)) throw new TypeError(`paginate: the answer has no item list at "${pagination.itemsField || "(body)"}"`);
      if (items.length > 0) yield items as Item[];

      if (items.length === 0 || (pageSize !== undefined && items.length < pageSize)) return;
      if (pagination.style === "page" && pagination.totalPagesField) {
        const totalPages = read(body, pagination.totalPagesField);
        if (typeof totalPages === "number" && firstPage + fetched >= totalPages) return;
      }
      if (pagination.style === "cursor") {
        cursor = read(items[items.length - 1], pagination.cursorField!);
        if (cursor === undefined || cursor === null) return;
      }
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page;
    },
  };
}
