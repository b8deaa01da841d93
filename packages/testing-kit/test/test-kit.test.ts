// The kit on a small spec of its own (test/widgets-api.ts), over MSW in this
// process and the platform's fetch: routing, request checks and their
// messages, overrides, and error answers derived from the spec's examples.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, test, vi } from "vitest";
import { createTestKit, SpecViolationError } from "../src/index.js";
import { report } from "../src/spec-violation.js";
import { type WidgetOperations, widgetsDefinition, widgetsDocument } from "./widgets-api.js";

const source = { document: widgetsDocument, definition: widgetsDefinition, factory: "createWidgetsTestKit" };
const kit = createTestKit<WidgetOperations>(source, { onViolation: "respond" });
const server = setupServer(...kit.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const BASE = "https://api.widgets.example/v1";
const KEY = { "X-Key": "k" };
const json = (body: unknown) => ({ method: "POST", headers: { ...KEY, "Content-Type": "application/json" }, body: JSON.stringify(body) });
async function call(path: string, init: RequestInit = { headers: KEY }) {
  const before = kit.violations.length;
  const response = await fetch(`${BASE}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
    violations: kit.violations.slice(before).map((v) => v.summary),
  };
}

describe("default answers", () => {
  test("the first 2xx example, with the headers the response declares; rate-limit headers say what is true now", async () => {
    const started = Date.now();
    const { status, body, headers, violations } = await call("/widgets?shop=1&tags=red&tags=blue");
    expect(violations).toEqual([]);
    expect(status).toBe(200);
    expect(body).toEqual(widgetsDocument.paths["/widgets"].get.responses["200"].content["application/json"].examples.two.value);
    expect(headers.get("X-Request-Id")).toBe("req_1");
    expect(headers.get("X-RateLimit-Limit")).toBe("10");
    expect(headers.get("X-RateLimit-Remaining")).toBe("9");
    expect(Number(headers.get("X-RateLimit-Reset")) * 1000).toBeGreaterThan(started);
  });

  test("a literal path beats a templated one; a $ref'd example is followed; 201 and 204 as declared", async () => {
    expect(await call("/widgets/featured")).toMatchObject({ status: 200, body: { id: "w9", name: "Gear" } });
    expect(await call("/widgets", json({ name: "Gear" }))).toMatchObject({ status: 201, body: { id: "w9" }, violations: [] });
    expect(await call("/widgets/w1", { method: "DELETE", headers: { ...KEY, "X-Confirm": "yes" } })).toEqual(
      expect.objectContaining({ status: 204, body: undefined, violations: [] }),
    );
  });

  test("example() is a fresh copy of the default answer, typed by the spec", () => {
    const featured = kit.example("getFeaturedWidget");
    expectTypeOf(featured).toEqualTypeOf<{ id: string; name: string; size?: number | null }>();
    featured.name = "changed";
    expect(kit.example("getFeaturedWidget").name).toBe("Gear");
  });
});

describe("requests the spec does not allow: the API's 400, naming the operation and the field", () => {
  test.each([
    ["a missing required query parameter", "/widgets", undefined, "listWidgets: query parameter shop is required"],
    ["a query parameter of the wrong type", "/widgets?shop=abc", undefined, "listWidgets: query parameter shop must be integer"],
    [
      "a value out of range",
      "/widgets?shop=0&limit=500",
      undefined,
      "listWidgets: query parameter shop must be >= 1; query parameter limit must be <= 100",
    ],
    [
      "an array item not in the enum",
      "/widgets?shop=1&tags=green",
      undefined,
      'listWidgets: query parameter tags /0 must be one of "red", "blue"',
    ],
    [
      "a query parameter the spec does not have",
      "/widgets?shop=1&limt=5",
      undefined,
      "listWidgets: query parameter limt is not in the spec",
    ],
    ["a path parameter off its pattern", "/widgets/x1", undefined, 'getWidget: path parameter widgetId must match pattern "^w\\d+$"'],
    ["a body field of the wrong type", "/widgets", json({ name: 42 }), "createWidget: request body /name must be string"],
    ["a nullable field", "/widgets", json({ name: "a", size: "big" }), "createWidget: request body /size must be integer or null"],
    ["a missing body field", "/widgets", json({ size: 1 }), 'createWidget: request body must have the property "name"'],
    [
      "an unknown field where the schema forbids it",
      "/widgets",
      json({ name: "a", colour: "red" }),
      'createWidget: request body must not have the property "colour"',
    ],
    ["no body where one is required", "/widgets", { method: "POST", headers: KEY }, "createWidget: request body is required"],
    ["a body that is not JSON", "/widgets", { ...json({}), body: "{name:" }, "createWidget: request body is not valid JSON"],
    [
      "a missing required header",
      "/widgets/w1",
      { method: "DELETE", headers: KEY },
      "deleteWidget: header parameter X-Confirm is required",
    ],
    [
      "a body where the operation takes none",
      "/widgets/featured",
      { method: "GET", headers: { ...KEY, "Content-Type": "application/json" } },
      undefined,
    ],
  ])("%s", async (_what, path, init, message) => {
    const answer = await call(path, init ?? { headers: KEY });
    if (message === undefined) return expect(answer.status).toBe(200); // a GET cannot carry a body in fetch; nothing to check
    expect(answer.violations).toEqual([message]);
    expect(answer.status).toBe(400);
    // The API's own envelope (its 400 example, or another status's re-worded), the message where its reader finds it.
    expect(widgetsDefinition.parseError(answer.body).message).toBe(message);
    expect(answer.headers.get("X-Api-Clients-Test-Kit")).toBe("spec-violation");
  });

  test("a path no operation has: a 404 and a violation", async () => {
    expect(await call("/gadgets")).toMatchObject({
      status: 404,
      violations: ["GET /v1/gadgets: no operation of the spec has this method and path"],
    });
    expect(await call("/widgets/w1/parts")).toMatchObject({ status: 404 });
  });

  test("the violation itself: the operation, the problems, and the request", () => {
    const violation = kit.violations.find((v) => v.operationId === "createWidget")!;
    expect(violation).toBeInstanceOf(SpecViolationError);
    expect(violation.request).toBe(`POST ${BASE}/widgets`);
    expect(violation.message).toContain(
      "(the request POST https://api.widgets.example/v1/widgets, checked against the Widgets API spec by its test kit)",
    );
  });
});

describe("overrides", () => {
  test("a typed reply with the parsed parameters and body", async () => {
    server.use(
      kit.handle("listWidgets", ({ query }) => ({
        status: 200,
        body: [{ id: "w5", name: `shop ${query.shop + 1}`, size: query.tags?.length ?? 0 }],
      })),
      kit.handle("createWidget", ({ body }) => ({ status: 201, body: { id: "w6", name: body.name } })),
    );
    expect(await call("/widgets?shop=41&tags=red")).toMatchObject({ body: [{ name: "shop 42", size: 1 }] });
    expect(await call("/widgets", json({ name: "Bolt" }))).toMatchObject({ status: 201, body: { id: "w6", name: "Bolt" } });
  });

  test("a reply the spec does not allow is a violation (and is still sent), unless validate: false", async () => {
    server.use(kit.handle("getWidget", () => ({ status: 200, body: { id: 5 as never, name: "x" } })));
    expect(await call("/widgets/w1")).toMatchObject({ status: 200, violations: ["getWidget: response 200 body /id must be string"] });
    server.use(kit.handle("getWidget", () => ({ status: 500 as never, body: { message: "down" } as never })));
    expect((await call("/widgets/w1")).violations).toEqual(["getWidget: answers 500, which the spec does not declare for it"]);
    server.use(kit.handle("getWidget", () => ({ status: 200, body: { id: 5 as never, name: "x" } }), { validate: false }));
    expect((await call("/widgets/w1")).violations).toEqual([]);
  });

  test("undefined leaves the request to the next handler; a Response is sent as it is; once answers one request", async () => {
    server.use(kit.handle("getWidget", ({ params }) => (params.widgetId === "w2" ? new Response("raw", { status: 200 }) : undefined)));
    expect(await fetch(`${BASE}/widgets/w2`, { headers: KEY }).then((r) => r.text())).toBe("raw");
    expect((await call("/widgets/w1")).body).toMatchObject({ id: "w1" });
    server.use(kit.handle("getWidget", () => ({ status: 404, body: { message: "gone" } }), { once: true }));
    expect((await call("/widgets/w1")).status).toBe(404);
    expect((await call("/widgets/w1")).status).toBe(200);
  });

  test("the types: parameters, body and replies come from the operation", () => {
    kit.handle("listWidgets", ({ query, params, body }) => {
      expectTypeOf(query.shop).toEqualTypeOf<number>();
      expectTypeOf(params).toEqualTypeOf<Record<string, never>>();
      expectTypeOf(body).toEqualTypeOf<undefined>();
      return undefined;
    });
    kit.handle("deleteWidget", () => ({ status: 204 }));
    // @ts-expect-error: 204 has no body
    kit.handle("deleteWidget", () => ({ status: 204, body: {} }));
    // @ts-expect-error: not a status the operation declares
    kit.handle("createWidget", () => ({ status: 200, body: { id: "w", name: "n" } }));
    // @ts-expect-error: not an operation of the spec
    expect(() => kit.handle("getWidgets", () => undefined)).toThrow(
      '"getWidgets" is not an operation of the Widgets API spec; did you mean getWidget?',
    );
  });
});

describe("error answers from the spec's examples", () => {
  test("notFound(): the operation's own 404 example", async () => {
    server.use(kit.notFound("getWidget"));
    expect(await call("/widgets/w1")).toMatchObject({ status: 404, body: { message: "Widget not found", code: "NOT_FOUND" } });
  });

  test("a status the operation covers by a range: its 4XX example, re-worded for the status", async () => {
    server.use(kit.error(403, "getWidget"));
    expect(await call("/widgets/w1")).toMatchObject({ status: 403, body: { message: "Forbidden", code: "FORBIDDEN", status: 403 } });
  });

  test("unauthorized() without an operation: every operation, from the spec's 401 wherever it is declared; a message of your own", async () => {
    server.use(kit.unauthorized(undefined, { message: "Key revoked" }));
    expect(await call("/widgets/featured")).toMatchObject({ status: 401, body: { message: "Key revoked", code: "UNAUTHORIZED" } });
  });

  test("a status the spec has nowhere: a TypeError when the handler is made", () => {
    expect(() => kit.error(503)).toThrow("createWidgetsTestKit().error: the Widgets API spec declares no 503 answer");
  });

  test("rateLimited(): the burst example, its retry hint and scope set, rate-limit headers at 0", async () => {
    server.use(kit.rateLimited("createWidget", { retryAfterMs: 120_000 }));
    const started = Date.now();
    const { status, body, headers } = await call("/widgets", json({ name: "a" }));
    expect(status).toBe(429);
    expect(body).toEqual({ message: "Slow down", code: "RATE_LIMITED", retry_after: 120_000, scope: "writes" });
    expect(headers.get("X-RateLimit-Remaining")).toBe("0");
    expect(headers.get("X-RateLimit-Limit")).toBe("3");
    expect(Number(headers.get("X-RateLimit-Reset")) * 1000).toBeGreaterThanOrEqual(started + 120_000);
    expect(headers.get("Retry-After")).toBeNull(); // the spec has its own hints
  });

  test("quotaExceeded(): the example the API's reader takes for a quota, its date set to the window's end", async () => {
    server.use(kit.quotaExceeded("listWidgets"));
    const { status, body } = await call("/widgets?shop=1");
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(status).toBe(429);
    expect(body).toEqual({ message: "Daily quota spent", code: "QUOTA", quota: "daily", resets_at: midnight.toISOString() });
    expect(widgetsDefinition.rateLimitPause(body, Date.now())).toMatchObject({ kind: "quota", until: midnight.getTime() });
  });
});

describe("what the kit does with a violation", () => {
  /** The uncaught exceptions `run` causes, kept from the test runner (which would report them) while it runs. */
  async function uncaught(run: () => Promise<void>): Promise<unknown[]> {
    const runners = process.listeners("uncaughtException");
    const caught: unknown[] = [];
    process.removeAllListeners("uncaughtException");
    process.on("uncaughtException", (error) => caught.push(error));
    try {
      await run();
      await Promise.resolve();
    } finally {
      process.removeAllListeners("uncaughtException");
      for (const listener of runners) process.on("uncaughtException", listener);
    }
    return caught;
  }

  test('"error" throws it outside the request: an uncaught exception, for the test runner', async () => {
    const strict = createTestKit<WidgetOperations>(source);
    server.use(...strict.handlers);
    let status: number | undefined;
    const caught = await uncaught(async () => {
      status = (await fetch(`${BASE}/widgets`, json({ name: 42 }))).status;
    });
    expect(status).toBe(400);
    expect(caught).toEqual([strict.violations[0]]);
    expect((caught[0] as Error).message).toMatch(/^createWidget: request body \/name must be string\n/);
  });

  test("a test's fake timers do not hold the report back (a microtask, not a timer)", async () => {
    vi.useFakeTimers();
    try {
      const violation = new SpecViolationError({
        api: "Widgets API",
        operationId: "getWidget",
        method: "GET",
        url: `${BASE}/widgets/x`,
        problems: ["p"],
        kind: "request",
      });
      expect(await uncaught(async () => report("error", violation))).toEqual([violation]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('"warn" prints it; a function receives it', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const seen: SpecViolationError[] = [];
    server.use(...createTestKit<WidgetOperations>(source, { onViolation: "warn" }).handlers);
    await fetch(`${BASE}/widgets?shop=x`, { headers: KEY });
    server.resetHandlers(...createTestKit<WidgetOperations>(source, { onViolation: (v) => seen.push(v) }).handlers);
    await fetch(`${BASE}/widgets?shop=x`, { headers: KEY });
    expect(warn.mock.calls[0]?.[0]).toContain("listWidgets: query parameter shop must be integer");
    expect(seen.map((v) => v.summary)).toEqual(["listWidgets: query parameter shop must be integer"]);
    warn.mockRestore();
  });
});

describe("base URL", () => {
  test("a custom one: handlers answer under it, and only under it", async () => {
    const local = createTestKit<WidgetOperations>(source, { baseUrl: "http://localhost:8080/widgets-api/v1/" });
    expect(local.baseUrl).toBe("http://localhost:8080/widgets-api/v1");
    expect(local.clientOptions()).toMatchObject({ baseUrl: "http://localhost:8080/widgets-api/v1" });
    expect(local.clientOptions().rateLimit.store).not.toBe(local.clientOptions().rateLimit.store);
    server.use(...local.handlers);
    expect((await fetch("http://localhost:8080/widgets-api/v1/widgets/featured", { headers: KEY })).status).toBe(200);
  });

  test("a base URL that is not absolute http(s) is refused", () => {
    expect(() => createTestKit(source, { baseUrl: "/v1" })).toThrow(
      'createWidgetsTestKit: baseUrl must be an absolute http(s) URL, got "/v1"',
    );
  });
});
