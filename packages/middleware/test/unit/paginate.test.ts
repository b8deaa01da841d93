import { describe, expect, test } from "vitest";
import { type PaginationMetadata, paginate } from "../../src/index.js";

const pageStyle: PaginationMetadata = {
  style: "page",
  pageParam: "page",
  sizeParam: "perPage",
  maxSize: 100,
  itemsField: "data",
  totalPagesField: "meta.totalPages",
};
const cursorStyle: PaginationMetadata = {
  style: "cursor",
  cursorParam: "before",
  cursorField: "timestamp",
  sizeParam: "limit",
  maxSize: 100,
  itemsField: "",
};

/** A server with `total` items, answering page-style queries with meta. */
function pagedServer(total: number, withMeta = true) {
  const queries: Record<string, unknown>[] = [];
  const fetchPage = async (query: Record<string, unknown>) => {
    queries.push(query);
    const size = query.perPage as number;
    const page = query.page as number;
    const data = Array.from({ length: total }, (_, i) => ({ id: i + 1 })).slice((page - 1) * size, page * size);
    return withMeta ? { data, meta: { total, page, perPage: size, totalPages: Math.ceil(total / size) } } : { data };
  };
  return { fetchPage, queries };
}

describe("paginate, page style", () => {
  test("follows meta.totalPages and stops without an extra request", async () => {
    const { fetchPage, queries } = pagedServer(40);
    const ids: number[] = [];
    for await (const item of paginate<{ id: number }>(fetchPage, pageStyle, { pageSize: 20, query: { status: "active" } }))
      ids.push(item.id);
    expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(queries).toEqual([
      { status: "active", perPage: 20, page: 1 },
      { status: "active", perPage: 20, page: 2 },
    ]);
  });

  test("without meta it stops at the first short page", async () => {
    const { fetchPage, queries } = pagedServer(45, false);
    let n = 0;
    for await (const _ of paginate(fetchPage, pageStyle, { pageSize: 20 })) n++;
    expect(n).toBe(45);
    expect(queries).toHaveLength(3);
  });

  test("pages() yields whole pages; maxPages caps the requests; an early break sends nothing more", async () => {
    const { fetchPage, queries } = pagedServer(1000);
    const sizes: number[] = [];
    for await (const page of paginate(fetchPage, pageStyle, { maxPages: 3 }).pages()) sizes.push(page.length);
    expect(sizes).toEqual([100, 100, 100]);
    expect(queries).toHaveLength(3);
    for await (const _ of paginate(fetchPage, pageStyle)) break;
    expect(queries).toHaveLength(4);
  });

  test("an aborted signal ends the walk with RequestAbortedError", async () => {
    const { fetchPage, queries } = pagedServer(1000);
    const controller = new AbortController();
    const seen: number[] = [];
    const walk = (async () => {
      for await (const item of paginate<{ id: number }>(fetchPage, pageStyle, { signal: controller.signal })) {
        seen.push(item.id);
        if (item.id === 150) controller.abort();
      }
    })();
    await expect(walk).rejects.toMatchObject({ name: "RequestAbortedError" });
    expect(queries).toHaveLength(2);
  });

  test.each([
    [{ pageSize: 0 }, "pageSize must be a whole number from 1 to 100"],
    [{ pageSize: 101 }, "pageSize must be a whole number from 1 to 100"],
    [{ maxPages: 0 }, "maxPages must be a whole number ≥ 1"],
    [{ firstPage: -1 }, "firstPage must be a whole number ≥ 0"],
  ])("%j is refused", (options, message) => {
    expect(() => paginate(async () => ({}), pageStyle, options)).toThrow(message);
  });

  test("an answer without the item list is a clear error", async () => {
    await expect(
      paginate(async () => ({ items: [] }), pageStyle)
        [Symbol.asyncIterator]()
        .next(),
    ).rejects.toThrow('paginate: the answer has no item list at "data"');
  });
});

describe("paginate, cursor style", () => {
  test("passes the last item's cursor field as the next cursor", async () => {
    const all = Array.from({ length: 250 }, (_, i) => ({ timestamp: `2024-01-01T00:00:${String(1000 - i).padStart(4, "0")}Z` }));
    const queries: Record<string, unknown>[] = [];
    const fetchPage = async (query: Record<string, unknown>) => {
      queries.push(query);
      const start = query.before === undefined ? 0 : all.findIndex((s) => s.timestamp === query.before) + 1;
      return all.slice(start, start + (query.limit as number));
    };
    let n = 0;
    for await (const _ of paginate(fetchPage, cursorStyle)) n++;
    expect(n).toBe(250);
    expect(queries.map((q) => q.before)).toEqual([undefined, all[99]!.timestamp, all[199]!.timestamp]);
  });
});
