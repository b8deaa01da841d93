import { createApiClient, paginate, type PaginateOptions, type Paginator, unwrap } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import { pwnbookBaseUrl } from "./base-url.js";
import type { PwnbookClientOptions } from "./client-options.js";
import { pwnbookDefinition } from "./definition.js";
import { apiMetadata } from "./generated/metadata.js";
import type { components, operations, paths } from "./generated/schema.js";

export type Engagement = components["schemas"]["Engagement"];
export type Member = components["schemas"]["Member"];

/** The list operations and what each yields. */
interface Paged {
  "/engagements": { item: Engagement; query: NonNullable<operations["listEngagements"]["parameters"]["query"]> };
  "/organizations/current/members": { item: Member; query: NonNullable<operations["listOrganizationMembers"]["parameters"]["query"]> };
}
const pagedOperations = { "/engagements": "listEngagements", "/organizations/current/members": "listOrganizationMembers" } as const;

export interface PwnbookClient extends Client<paths, "application/json"> {
  /**
   * Every item of a list, page by page (following `meta.totalPages`), as an
   * async iterator; `.pages()` gives whole pages. `maxPages` caps the
   * requests, `signal` stops the walk.
   */
  paginate<P extends keyof Paged>(
    path: P,
    options?: Omit<PaginateOptions, "query"> & { query?: Omit<Paged[P]["query"], "page" | "perPage"> },
  ): Paginator<Paged[P]["item"]>;
}

/**
 * A typed client for Pwnbook v1 (cloud or self-hosted), following the rate
 * limit Pwnbook announces in its headers.
 *
 * ```ts
 * const pwnbook = createPwnbookClient({ apiKey: process.env.PWNBOOK_KEY });
 * for await (const engagement of pwnbook.paginate("/engagements", { query: { status: "active" } })) console.log(engagement.name);
 * ```
 */
export function createPwnbookClient(options: PwnbookClientOptions = {}): PwnbookClient {
  const client = createApiClient<paths, "apiKey">("createPwnbookClient", pwnbookDefinition, {
    ...options,
    baseUrl: pwnbookBaseUrl(options.baseUrl),
  });
  return Object.assign(client, {
    paginate<P extends keyof Paged>(path: P, { query, ...rest }: Omit<PaginateOptions, "query"> & { query?: object } = {}) {
      const pagination = apiMetadata.operations[pagedOperations[path]].pagination;
      return paginate<Paged[P]["item"]>(
        // Both list paths take only query parameters; the cast joins their two query types.
        (pageQuery, signal) => unwrap(client.GET(path as "/engagements", { params: { query: pageQuery }, ...(signal ? { signal } : {}) })),
        pagination,
        { ...rest, ...(query ? { query: query as Record<string, unknown> } : {}) },
      );
    },
  });
}
