import { describe, expect, test } from "vitest";
import {
  ApiError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  unwrap,
} from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

const SECRET = "sk_live_SUPERSECRET_7f3a9c";
const item = { params: { path: { itemId: "a1" } } };

/** Every way an error could show a secret: message, toString, stack, enumerable fields, JSON. */
function expectNoSecret(error: unknown) {
  const e = error as Error;
  const views = [e.message, String(e), e.stack ?? "", JSON.stringify(e), JSON.stringify({ ...e }), Object.values(e).map(String).join(" ")];
  for (const view of views) expect(view).not.toContain(SECRET);
}

describe("unwrap", () => {
  test("returns data on success", async () => {
    const { fetch } = scriptedFetch(json(200, { id: "a1" }));
    expect(await unwrap(testClient({ token: SECRET, fetch }).GET("/items/{itemId}", item))).toEqual({ id: "a1" });
  });

  test.each([
    [400, BadRequestError],
    [422, BadRequestError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
  ])("%i throws %o with the API's code and message, and no secret", async (status, ErrorClass) => {
    const { fetch } = scriptedFetch(json(status, { code: 20001, message: "System not found." }, { "X-Request-Id": "req-42" }));
    const client = testClient({ token: SECRET, fetch, retry: false });
    const error = await unwrap(client.GET("/items/{itemId}", item)).catch((e) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code: 20001, requestId: "req-42", request: "GET /v1/items/a1" });
    expect(error.message).toContain("System not found.");
    expectNoSecret(error);
  });

  test("the retry hint travels on the error", async () => {
    const { fetch } = scriptedFetch(json(503, { code: 1, message: "later" }, { "Retry-After": "7" }));
    const error = await unwrap(testClient({ fetch, retry: false }).GET("/items/{itemId}", item)).catch((e) => e);
    expect(error.retryAfterMs).toBe(7000);
  });
});

describe("no secret in any thrown error", () => {
  test.each([
    ["connection", () => new TypeError("fetch failed")],
    ["server error body echoing the token", () => json(500, { code: 0, message: "internal" })],
  ])("%s", async (_name, answer) => {
    const { fetch } = scriptedFetch(answer());
    const result = await testClient({ token: SECRET, fetch, retry: false })
      .GET("/items/{itemId}", item)
      .then((r) => unwrap(r))
      .catch((e) => e);
    expect(result).toBeInstanceOf(ApiError);
    expectNoSecret(result);
  });

  test("timeouts, aborts, invalid credentials and option errors", async () => {
    const hang = (r: Request) =>
      new Promise<Error>((resolve) =>
        r.signal.aborted ? resolve(r.signal.reason) : r.signal.addEventListener("abort", () => resolve(r.signal.reason)),
      );
    const errors: unknown[] = [];
    const { fetch } = scriptedFetch(hang);
    errors.push(
      await testClient({ token: SECRET, fetch, timeoutMs: 10, retry: false })
        .GET("/items/{itemId}", item)
        .catch((e) => e),
    );
    const controller = new AbortController();
    controller.abort();
    errors.push(
      await testClient({ token: SECRET, fetch })
        .GET("/items/{itemId}", { ...item, signal: controller.signal })
        .catch((e) => e),
    );
    const { fetch: rejecting } = scriptedFetch(json(401, { code: 0, message: "bad token" }));
    const client = testClient({ token: SECRET, fetch: rejecting });
    await client.GET("/items/{itemId}", item);
    errors.push(await client.GET("/items/{itemId}", item).catch((e) => e));
    errors.push(
      (() => {
        try {
          testClient({ token: `${SECRET} with space` });
        } catch (e) {
          return e;
        }
      })(),
    );
    expect(errors.map((e) => (e as Error).name)).toEqual(["TimeoutError", "RequestAbortedError", "InvalidCredentialError", "TypeError"]);
    errors.forEach(expectNoSecret);
  });
});
