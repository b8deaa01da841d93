// Named operations and paginate at run time, with an injected fetch: the
// call each makes, and the errors a careless caller gets before any request.
import { describe, expect, test } from "vitest";
import { withOperations } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient, testOperation } from "../helpers/test-api.js";

const operations = {
  getItem: testOperation("GET", "/items/{itemId}", { query: ["expand"] }),
  putItem: testOperation("PUT", "/items/{itemId}"),
  listItems: testOperation("GET", "/items", {
    query: ["page", "per_page", "status"],
    pagination: { style: "page", pageParam: "page", sizeParam: "per_page", maxSize: 2, itemsField: "data", totalPagesField: "meta.pages" },
  }),
  listEvents: testOperation("GET", "/events", {
    query: ["before", "limit"],
    pagination: { style: "cursor", cursorParam: "before", cursorField: "at", sizeParam: "limit", maxSize: 2, itemsField: "" },
  }),
};
type Named = Record<string, (args?: object, options?: object) => Promise<{ data?: unknown; response: Response }>>;
const named = (fetch: typeof globalThis.fetch) => withOperations<Named, typeof operations>(testClient({ fetch }) as never, operations);

describe("named operations", () => {
  test("path and query parameters from one object, the body as body, options last", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { id: "a 1" }));
    const client = named(fetch);
    const controller = new AbortController();
    await client.getItem!({ itemId: "a 1", expand: "tags" }, { headers: { "X-Trace": "1" }, signal: controller.signal });
    await client.putItem!({ itemId: "a1", body: { name: "x" } });
    expect(seen.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      "GET https://api.test.invalid/v1/items/a%201?expand=tags ",
      'PUT https://api.test.invalid/v1/items/a1 {"name":"x"}',
    ]);
    expect(seen[0]!.headers.get("x-trace")).toBe("1");
  });

  test.each([
    [{ itemid: "a1" }, "getItem: unknown parameter itemid; did you mean itemId?"],
    [{ itemId: "a1", exapnd: "x" }, "getItem: unknown parameter exapnd; did you mean expand?"],
    ["a1", "getItem: pass its parameters as one object, e.g. getItem({ itemId: … })"],
  ])("%j is refused before any request", async (args, message) => {
    const { fetch, seen } = scriptedFetch(json(200, {}));
    expect(() => named(fetch).getItem!(args as object)).toThrow(message);
    expect(seen).toHaveLength(0);
  });

  test("an unknown call option is refused", () => {
    const { fetch } = scriptedFetch(json(200, {}));
    expect(() => named(fetch).getItem!({ itemId: "a1" }, { sginal: undefined })).toThrow(
      "getItem: unknown call option sginal; did you mean signal?",
    );
  });
});

describe("paginate", () => {
  test("page style: follows the total pages with the largest page size, keeping the caller's parameters", async () => {
    const pages = [json(200, { data: [1, 2], meta: { pages: 2 } }), json(200, { data: [3], meta: { pages: 2 } })];
    const { fetch, seen } = scriptedFetch(...pages);
    const items: unknown[] = [];
    for await (const item of (named(fetch).paginate as (id: string, args: object) => AsyncIterable<unknown>)("listItems", {
      status: "open",
    }))
      items.push(item);
    expect(items).toEqual([1, 2, 3]);
    expect(seen.map((r) => new URL(r.url).search)).toEqual(["?status=open&per_page=2&page=1", "?status=open&per_page=2&page=2"]);
  });

  test("cursor style: the next page's cursor is the last item's field (PluralKit's switches: before = timestamp)", async () => {
    const { fetch, seen } = scriptedFetch(json(200, [{ at: "t3" }, { at: "t2" }]), json(200, [{ at: "t1" }]));
    const items: unknown[] = [];
    for await (const item of (named(fetch).paginate as (id: string) => AsyncIterable<unknown>)("listEvents")) items.push(item);
    expect(items).toEqual([{ at: "t3" }, { at: "t2" }, { at: "t1" }]);
    expect(seen.map((r) => new URL(r.url).searchParams.get("before"))).toEqual([null, "t2"]);
  });

  test("maxPages is a request budget; a non-paged operation is refused with the paged ones", async () => {
    const { fetch, seen } = scriptedFetch(json(200, { data: [1, 2], meta: { pages: 9 } }));
    const paginate = named(fetch).paginate as (id: string, args?: object, options?: object) => AsyncIterable<unknown>;
    const items: unknown[] = [];
    for await (const item of paginate("listItems", {}, { maxPages: 2 })) items.push(item);
    expect(seen).toHaveLength(2);
    expect(() => paginate("getItem")).toThrow(
      "paginate: getItem is not a paged operation; the spec marks listItems, listEvents with x-pagination",
    );
  });
});
