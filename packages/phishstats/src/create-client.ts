import { createApiClient, type WithOperations, withOperations } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import type { PhishStatsClientOptions } from "./client-options.js";
import { phishStatsDefinition } from "./definition.js";
import { apiMetadata } from "./generated/metadata.js";
import type { NamedOperations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { checkPageSize, type IterateOptions, iterateRecords, listParams } from "./iterate-records.js";
import type { ListQuery } from "./list-query.js";
import type { PhishingRecord } from "./phishing-fields.js";
import { responseCache } from "./response-cache.js";

/** openapi-fetch's path form, a method per operation (`phishstats.listPhishing({ _size: 50 })`), `paginate`, and the filter-aware `list` and `records`. */
export type PhishStatsClient = Client<paths, "application/json"> &
  WithOperations<NamedOperations, typeof apiMetadata.operations> & {
    /** One page of records (`page` from 1), with a checked filter and sort. */
    list(query?: ListQuery & { page?: number | undefined }): ReturnType<NamedOperations["listPhishing"]>;
    /** Every matching record, page by page, spending at most `maxRequests` requests (default 10). */
    records(options?: IterateOptions): AsyncGenerator<PhishingRecord, void, undefined>;
  };

/**
 * A typed client for PhishStats, paced to your tier's per-minute and daily
 * limits; a spent daily quota fails fast with QuotaExceededError until UTC midnight.
 *
 * ```ts
 * const phishstats = createPhishStatsClient({ apiKey: process.env.PHISHSTATS_KEY, cache: true });
 * for await (const record of phishstats.records({ where: field("score").gt(6), sort: "-id", maxRequests: 3 })) console.log(record.url);
 * ```
 */
export function createPhishStatsClient(options: PhishStatsClientOptions = {}): PhishStatsClient {
  const { tier, cache, ...common } = options;
  if (tier !== undefined && !["free", "premium", "enterprise"].includes(tier)) {
    throw new TypeError(`createPhishStatsClient: tier must be free, premium or enterprise, got ${JSON.stringify(tier)}`);
  }
  const rateLimit = common.rateLimit === false ? false : { ...common.rateLimit, ...(tier ? { tier } : {}) };
  const client = createApiClient<paths, "apiKey">("createPhishStatsClient", phishStatsDefinition, { ...common, rateLimit });
  if (cache) client.use(responseCache(cache === true ? {} : cache));
  const operations = withOperations<NamedOperations, typeof apiMetadata.operations>(client as never, apiMetadata.operations);
  return Object.assign(client, operations, {
    list: async (query: ListQuery & { page?: number | undefined } = {}) => {
      const sizing = query.pageSize === undefined ? {} : { _size: checkPageSize(query.pageSize, "list") };
      if (query.page !== undefined && !(Number.isInteger(query.page) && query.page >= 0)) {
        throw new TypeError(`list: page must be a whole number ≥ 0, got ${query.page}`);
      }
      const paging = query.page === undefined ? {} : { _p: query.page };
      return operations.listPhishing({ ...listParams(query), ...paging, ...sizing }, query.signal ? { signal: query.signal } : {});
    },
    records: (iterate?: IterateOptions) => iterateRecords(client, iterate),
  });
}
