// What reaches the platform's fetch (no `fetch` option): for an ordinary call
// a URL and an init, so fetch builds the call's only Request; a real Request
// wherever someone else could see the call (middleware, a per-call fetch) or
// the call carries what only a Request checks. globalThis.fetch is replaced
// by a scripted one, so nothing goes over the network.
import { afterEach, describe, expect, test, vi } from "vitest";
import { RequestAbortedError } from "../../src/index.js";
import { json } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

interface Sent {
  input: RequestInfo | URL;
  request: Request;
}

function platformFetch(...answers: Response[]) {
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push({ input, request });
    return (answers.length > 1 ? answers.shift()! : answers[0]!).clone();
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("an ordinary call", () => {
  test("reaches fetch as a URL and an init, with the credential and the caller's headers", async () => {
    const sent = platformFetch(json(200, { id: "a1" }));
    const { data } = await testClient({ token: "tok-plan" }).GET("/items/{itemId}", {
      params: { path: { itemId: "a/1" } },
      headers: { "X-Trace": "t1" },
    });
    expect(data).toEqual({ id: "a1" });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.input).toBe("https://api.test.invalid/v1/items/a%2F1");
    expect(sent[0]!.request.method).toBe("GET");
    expect(sent[0]!.request.headers.get("authorization")).toBe("Bearer tok-plan");
    expect(sent[0]!.request.headers.get("x-trace")).toBe("t1");
    expect(sent[0]!.request.headers.get("user-agent")).toBe("@api-clients/test");
  });

  test("a JSON body goes out intact on every attempt", async () => {
    const sent = platformFetch(json(503, { code: 1, message: "busy" }), json(200, { id: "b" }));
    const { data } = await testClient({ token: "tok-plan" }).PUT("/items/{itemId}", {
      params: { path: { itemId: "b" } },
      body: { name: "Ünïcode", n: 1 },
    });
    expect(data).toEqual({ id: "b" });
    expect(sent.map((s) => typeof s.input)).toEqual(["string", "string"]);
    const bodies = await Promise.all(sent.map((s) => s.request.text()));
    expect(bodies).toEqual(['{"name":"Ünïcode","n":1}', '{"name":"Ünïcode","n":1}']);
    expect(sent[1]!.request.headers.get("content-type")).toBe("application/json");
  });

  test("the caller's signal still aborts it", async () => {
    vi.stubGlobal("fetch", (_input: RequestInfo | URL, init?: RequestInit) => {
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true });
      });
    });
    const controller = new AbortController();
    const call = testClient({ token: "tok-plan" }).GET("/items/{itemId}", {
      params: { path: { itemId: "a" } },
      signal: controller.signal,
    });
    controller.abort(new Error("stop"));
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
  });
});

describe("a real Request wherever one is expected", () => {
  test("a client's middleware gets a Request it can clone, and so does fetch", async () => {
    const sent = platformFetch(json(200, { id: "a" }));
    const client = testClient({ token: "tok-plan" });
    const seen: string[] = [];
    client.use({
      async onRequest({ request }) {
        expect(request).toBeInstanceOf(Request);
        seen.push(`${request.method} ${new URL(request.url).pathname} ${await request.clone().text()}`);
        return undefined;
      },
    });
    await client.PUT("/items/{itemId}", { params: { path: { itemId: "a" } }, body: { n: 1 } });
    expect(seen).toEqual(['PUT /v1/items/a {"n":1}']);
    expect(sent[0]!.input).toBeInstanceOf(Request);
  });

  test("a call's own middleware gets a Request", async () => {
    platformFetch(json(200, { id: "a" }));
    const requests: unknown[] = [];
    await testClient({ token: "tok-plan" }).GET("/items/{itemId}", {
      params: { path: { itemId: "a" } },
      middleware: [{ onRequest: ({ request }) => void requests.push(request) }],
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toBeInstanceOf(Request);
  });

  test("a call's own fetch gets a Request it can send", async () => {
    const received: Request[] = [];
    const ownFetch = async (request: Request) => {
      received.push(request);
      return json(200, { id: "own" });
    };
    const { data } = await testClient({ token: "tok-plan" }).GET("/items/{itemId}", {
      params: { path: { itemId: "a" } },
      fetch: ownFetch as typeof fetch,
    });
    expect(data).toEqual({ id: "own" });
    expect(received[0]).toBeInstanceOf(Request);
    expect(received[0]!.url).toBe("https://api.test.invalid/v1/items/a");
  });

  test("per-call options only a Request carries still reach fetch", async () => {
    const sent = platformFetch(json(200, { id: "a" }));
    await testClient({ token: "tok-plan" }).GET("/items/{itemId}", {
      params: { path: { itemId: "a" } },
      cache: "no-store",
      keepalive: true,
    });
    expect(sent[0]!.input).toBeInstanceOf(Request);
    expect(sent[0]!.request.cache).toBe("no-store");
    expect(sent[0]!.request.keepalive).toBe(true);
    expect(sent[0]!.request.headers.get("authorization")).toBe("Bearer tok-plan");
  });

  test.each([
    [
      "a GET with a body",
      (c: ReturnType<typeof testClient>) => c.GET("/items/{itemId}", { params: { path: { itemId: "a" } }, body: {} } as never),
    ],
    ["a TRACE", (c: ReturnType<typeof testClient>) => c.TRACE("/items/{itemId}" as never, { params: { path: { itemId: "a" } } } as never)],
  ])("%s is refused by the Request constructor, with nothing sent", async (_name, call) => {
    const sent = platformFetch(json(200, { id: "a" }));
    await expect(call(testClient({ token: "tok-plan" }))).rejects.toBeInstanceOf(TypeError);
    expect(sent).toHaveLength(0);
  });
});
