// Every matching record, page by page, through the shared paginate() driven
// by the spec's x-pagination (`_p`, `_size`). It stops after the last (short)
// page. PhishStats quotas are per day (50 anonymous, 150 on a free key), so a
// walk never sends more than `maxRequests` requests.
import { paginate, unwrap } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import { apiMetadata } from "./generated/metadata.js";
import type { paths } from "./generated/schema.js";
import type { ListQuery } from "./list-query.js";
import type { PhishingRecord } from "./phishing-fields.js";
import { sortParam } from "./where.js";

export interface IterateOptions extends ListQuery {
  /** The most requests this walk may spend of your daily quota. Default: `10`. */
  maxRequests?: number | undefined;
  /** The first page. The docs number pages from 1 (their sample sends 0). Default: `1`. */
  firstPage?: number | undefined;
}

const paging = apiMetadata.operations.listPhishing.pagination;

export function checkPageSize(pageSize: number, caller: string): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > paging.maxSize) {
    throw new TypeError(`${caller}: pageSize must be a whole number from 1 to ${paging.maxSize}, got ${pageSize}`);
  }
  return pageSize;
}

export function listParams(query: ListQuery) {
  return {
    ...(query.where ? { _where: query.where.toString() } : {}),
    ...(query.sort ? { _sort: sortParam(query.sort) } : {}),
  };
}

export async function* iterateRecords(
  client: Client<paths>,
  options: IterateOptions = {},
): AsyncGenerator<PhishingRecord, void, undefined> {
  // paginate() checks pageSize and firstPage; the request budget is ours to name.
  const maxRequests = options.maxRequests ?? 10;
  if (!Number.isInteger(maxRequests) || maxRequests < 1)
    throw new TypeError(`records: maxRequests must be a whole number ≥ 1, got ${maxRequests}`);

  yield* paginate<PhishingRecord>(
    (query, signal) => unwrap(client.GET("/phishing", { params: { query }, ...(signal ? { signal } : {}) })),
    paging,
    {
      query: listParams(options),
      maxPages: maxRequests,
      ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
      ...(options.firstPage !== undefined ? { firstPage: options.firstPage } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
}
