// The real client against a real local server that misbehaves. Every call
// must end in data or a typed error, none may hang, and a POST must never
// reach the server twice unless the server refused it with 429.
import { afterEach, describe, expect, test } from "vitest";
import { ApiError, ConnectionError, MalformedResponseError, MemoryStore, unwrap } from "../../src/index.js";
import { type FaultServer, sendJson, startFaultServer } from "../helpers/fault-server.js";
import { testClient, testDefinition } from "../helpers/test-api.js";

const TOKEN = "fault-token-abcdef0123";
const item = { params: { path: { itemId: "a1" } } };
let servers: FaultServer[] = [];
const start = async (...args: Parameters<typeof startFaultServer>) => {
  const server = await startFaultServer(...args);
  servers.push(server);
  return server;
};
const client = (server: FaultServer, extra = {}) =>
  testClient({ token: TOKEN, baseUrl: server.url, timeoutMs: 2000, rateLimit: { store: new MemoryStore() }, ...extra });

afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

describe("429 storms, with each kind of hint", () => {
  test.each([
    ["Retry-After seconds", (n: number) => ({ headers: { "Retry-After": n < 2 ? "1" : "0" }, body: {} })],
    ["Retry-After HTTP date", () => ({ headers: { "Retry-After": new Date(Date.now() + 1000).toUTCString() }, body: {} })],
    [
      "X-RateLimit-Reset epoch seconds",
      () => ({ headers: { "X-RateLimit-Reset": String(Math.ceil(Date.now() / 1000) + 1), "X-RateLimit-Remaining": "0" }, body: {} }),
    ],
    ["body retry_after ms", () => ({ headers: {}, body: { retry_after: 250 } })],
    ["no hint at all", () => ({ headers: {}, body: {} })],
  ])("%s: concurrent POSTs all succeed, each processed exactly once", async (_name, hint) => {
    let refusals = 0;
    const processed = new Map<string, number>();
    const server = await start((_req, res, body) => {
      if (refusals < 2) {
        const { headers, body: payload } = hint(refusals++);
        return sendJson(res, 429, payload, headers);
      }
      const { n } = JSON.parse(body);
      processed.set(n, (processed.get(n) ?? 0) + 1);
      sendJson(res, 200, { id: String(n) });
    });
    const api = client(server, { retry: { limit: 4, initialDelayMs: 50 } });
    const results = await Promise.all([1, 2, 3].map((n) => unwrap(api.POST("/items", { body: { n } }))));
    expect(results.map((r) => r.id).sort()).toEqual(["1", "2", "3"]);
    expect([...processed.values()]).toEqual([1, 1, 1]);
  });

  test("a storm that never ends returns the 429 as a typed RateLimitError, with the hint", async () => {
    const server = await start((_req, res) => sendJson(res, 429, { code: 0, message: "slow down" }, { "Retry-After": "0" }));
    const error = await unwrap(client(server, { retry: { limit: 2 } }).GET("/items/{itemId}", item)).catch((e) => e);
    expect(error).toMatchObject({ name: "RateLimitError", status: 429, message: expect.stringContaining("slow down") });
    expect(server.arrivals).toHaveLength(3);
  });
});

describe("server errors and broken connections", () => {
  test("503 then 200: a GET succeeds", async () => {
    const server = await start((_req, res, _b, i) => (i === 0 ? sendJson(res, 503, {}) : sendJson(res, 200, { id: "a1" })));
    expect(await unwrap(client(server).GET("/items/{itemId}", item))).toEqual({ id: "a1" });
  });

  test("a connection reset on a GET is retried", async () => {
    const server = await start((req, res, _b, i) => (i === 0 ? req.socket.destroy() : sendJson(res, 200, { id: "a1" })));
    expect(await unwrap(client(server).GET("/items/{itemId}", item))).toEqual({ id: "a1" });
    expect(server.arrivals).toHaveLength(2);
  });

  test("a connection reset on a POST is a ConnectionError, and the POST is not re-sent", async () => {
    const server = await start((req) => req.socket.destroy());
    const error = await client(server)
      .POST("/items", { body: { n: 1 } })
      .catch((e) => e);
    expect(error).toMatchObject({ name: "ConnectionError" });
    expect(server.arrivals).toHaveLength(1);
  });

  test("a 503 on a POST is returned, not re-sent", async () => {
    const server = await start((_req, res) => sendJson(res, 503, { code: 1, message: "busy" }));
    const error = await unwrap(client(server).POST("/items", { body: { n: 1 } })).catch((e) => e);
    expect(error).toMatchObject({ name: "ServerError", status: 503 });
    expect(server.arrivals).toHaveLength(1);
  });

  test("nothing listening: a ConnectionError after the retries, no hang", async () => {
    const server = await start(() => {});
    await server.stop();
    servers = [];
    const error = await client(server)
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.name).toBe("ConnectionError");
  });

  test("a hung response is a TimeoutError after each attempt timed out", async () => {
    const server = await start(() => {});
    const error = await client(server, { timeoutMs: 100, retry: { limit: 1, initialDelayMs: 1 } })
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error.name).toBe("TimeoutError");
    expect(server.arrivals).toHaveLength(2);
  });

  test("a body that stalls halfway is a TimeoutError", async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"id":');
    });
    const error = await client(server, { timeoutMs: 100, retry: false })
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error.name).toBe("TimeoutError");
  });

  test("malformed JSON in an error body is kept as text on the typed error", async () => {
    const server = await start((_req, res) => res.writeHead(500, { "Content-Type": "application/json" }).end("{not json"));
    const error = await unwrap(client(server, { retry: false }).GET("/items/{itemId}", item)).catch((e) => e);
    expect(error).toMatchObject({ name: "ServerError", status: 500, body: "{not json" });
  });

  test("malformed JSON in a success body is a typed MalformedResponseError, not fetch's SyntaxError", async () => {
    const server = await start((_req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end("{not json"));
    const error = await client(server)
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ status: 200, message: "GET /v1/items/a1: the 200 response says it is JSON but is not valid JSON" });
  });

  test("a success body cut short (Content-Length not reached) is a typed ConnectionError, and a GET is re-sent", async () => {
    const server = await start((req, res, _b, i) => {
      if (i === 1) return sendJson(res, 200, { id: "a1" });
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
      res.write('{"id":"a1","pad":"');
      setTimeout(() => req.socket.destroy(), 20);
    });
    expect(await unwrap(client(server).GET("/items/{itemId}", item))).toEqual({ id: "a1" });
    expect(server.arrivals).toHaveLength(2);
    const once = await client(server, { retry: false })
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(once).toEqual(expect.objectContaining({ name: "ConnectionError" }));
  });

  test("a corrupt gzip success body is a typed ConnectionError, not undici's TypeError", async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" });
      res.end(Buffer.from("this is not gzip at all"));
    });
    const error = await client(server, { retry: false })
      .GET("/items/{itemId}", item)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.request).toBe("GET /v1/items/a1");
  });
});

describe("error bodies are bounded", () => {
  test("a 404 whose body is 200 MB: read up to 1 MiB, the message capped, the part read kept on the error", async () => {
    let written = 0;
    const server = await start((_req, res) => {
      res.writeHead(404, { "Content-Type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, "x");
      // Written as the client reads (backpressure), so `written` shows how much it took.
      const pump = () => {
        while (written < 200 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.write('{"code":404,"message":"');
      pump();
    });
    const error = await unwrap(client(server, { retry: false }).GET("/items/{itemId}", item)).catch((e) => e);
    expect(error).toMatchObject({ name: "NotFoundError", status: 404 });
    expect(typeof error.body).toBe("string");
    expect(error.body.length).toBe(1024 * 1024);
    expect(error.message.length).toBeLessThan(1000);
    expect(error.message).toContain("[body cut at 1048576 bytes]");
    // What the server got rid of before the client hung up: the cap plus socket buffers, nowhere near 200 MB.
    expect(written).toBeLessThan(32 * 1024 * 1024);
  });

  test("a long message in a small error body is cut in error.message but whole on error.body", async () => {
    const long = "y".repeat(5000);
    const server = await start((_req, res) => sendJson(res, 400, { code: 1, message: long }));
    const error = await unwrap(client(server).GET("/items/{itemId}", item)).catch((e) => e);
    expect(error.message).toBe(`GET /v1/items/a1 failed with 400 (code 1): ${"y".repeat(500)}… (5000 characters)`);
    expect(error.body.message).toBe(long);
  });
});

describe("credentials", () => {
  test("100 concurrent calls answered 401: once the first 401 is in, no waiting call is sent", async () => {
    const server = await start((_req, res) => setTimeout(() => sendJson(res, 401, { code: 0, message: "invalid token" }), 30));
    // 5 per 200 ms: the first five go at once, the other 95 wait for slots. (No announced-budget headers, so no probe first.)
    const { metadata } = testDefinition();
    const api = testClient(
      {
        token: TOKEN,
        baseUrl: server.url,
        rateLimit: {
          store: new MemoryStore(),
          windows: [{ id: "w", algorithm: "sliding-window", limit: 5, windowSeconds: 0.2, per: "credential" }],
        },
      },
      testDefinition({ metadata: { ...metadata, rateLimits: null } }),
    );
    const results = await Promise.all(Array.from({ length: 100 }, () => unwrap(api.GET("/items/{itemId}", item)).catch((e) => e)));
    expect(server.arrivals).toHaveLength(5);
    expect(results.filter((e) => e.name === "UnauthorizedError")).toHaveLength(5);
    expect(results.filter((e) => e.name === "InvalidCredentialError")).toHaveLength(95);
  });

  test("a GET in retry backoff is not re-sent once another call's 401 rejects the credential", async () => {
    const server = await start((req, res) =>
      req.url === "/v1/items/slow" ? sendJson(res, 503, {}) : setTimeout(() => sendJson(res, 401, { code: 0, message: "revoked" }), 50),
    );
    const api = client(server, { retry: { limit: 3, initialDelayMs: 2000 } });
    const started = Date.now();
    const backingOff = api.GET("/items/{itemId}", { params: { path: { itemId: "slow" } } }).catch((e) => e);
    await new Promise((r) => setTimeout(r, 20));
    await api.GET("/items/{itemId}", item);
    const error = await backingOff;
    expect(error).toMatchObject({
      name: "InvalidCredentialError",
      message: "GET /v1/items/slow: not sent, the token was rejected with 401",
    });
    expect(Date.now() - started).toBeLessThan(1500); // not after its 2 s backoff
    expect(server.arrivals.filter((a) => a.path === "/v1/items/slow")).toHaveLength(1);
  });

  test("a rejection is per client: another client with the same token still sends", async () => {
    const server = await start((_req, res, _b, i) => (i === 0 ? sendJson(res, 401, {}) : sendJson(res, 200, { id: "a1" })));
    await client(server).GET("/items/{itemId}", item);
    expect(await unwrap(client(server).GET("/items/{itemId}", item))).toEqual({ id: "a1" });
  });

  test("401, then more calls: they fail fast without reaching the server", async () => {
    const server = await start((_req, res) => sendJson(res, 401, { code: 0, message: "invalid token" }));
    const api = client(server);
    const first = await unwrap(api.GET("/items/{itemId}", item)).catch((e) => e);
    expect(first.name).toBe("UnauthorizedError");
    const later = await Promise.all([1, 2, 3].map(() => api.GET("/items/{itemId}", item).catch((e) => e)));
    expect(later.map((e) => e.name)).toEqual(Array(3).fill("InvalidCredentialError"));
    expect(server.arrivals).toHaveLength(1);
  });

  test("with a custom header scheme (X-API-Key) a cross-origin redirect drops it too", async () => {
    const other = await start((_req, res) => sendJson(res, 200, { id: "elsewhere" }));
    const server = await start((_req, res) => res.writeHead(307, { Location: `${other.url}/items/a1` }).end());
    const api = testClient(
      { token: TOKEN, baseUrl: server.url, timeoutMs: 2000, rateLimit: { store: new MemoryStore() } },
      testDefinition({ auth: { type: "header", header: "X-API-Key" } }),
    );
    expect(await unwrap(api.GET("/items/{itemId}", item))).toEqual({ id: "elsewhere" });
    expect(server.arrivals[0]!.headers["x-api-key"]).toBe(TOKEN);
    expect(other.arrivals[0]!.headers["x-api-key"]).toBeUndefined();
  });

  test.each([2000, 0])('the caller\'s own redirect: "manual" reaches fetch (timeoutMs %i)', async (timeoutMs) => {
    const other = await start((_req, res) => sendJson(res, 200, { id: "elsewhere" }));
    const server = await start((_req, res) => res.writeHead(302, { Location: `${other.url}/items/a1` }).end());
    const { response } = await client(server, { timeoutMs, retry: false }).GET("/items/{itemId}", { ...item, redirect: "manual" });
    expect(response.status).toBe(302);
    expect(other.arrivals).toHaveLength(0);
    expect(server.arrivals[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test("a redirect to another origin does not carry the token", async () => {
    const other = await start((_req, res) => sendJson(res, 200, { id: "elsewhere" }));
    const server = await start((_req, res) => res.writeHead(302, { Location: `${other.url}/items/a1` }).end());
    expect(await unwrap(client(server).GET("/items/{itemId}", item))).toEqual({ id: "elsewhere" });
    expect(server.arrivals[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(other.arrivals[0]!.headers.authorization).toBeUndefined();
  });
});
