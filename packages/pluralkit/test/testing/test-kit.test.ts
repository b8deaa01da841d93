// @api-clients/pluralkit/testing, used the way a user's tests use it: MSW in
// this process, the real client, unwrap() and the typed errors.
import { describeTestKitCoverage, loadBundledSpec, testKitServer } from "@api-clients/contract-kit";
import { describe, expect, expectTypeOf, test } from "vitest";
import { BadRequestError, createPluralKitClient, NotFoundError, RateLimitError, UnauthorizedError, unwrap } from "../../src/index.js";
import { createPluralKitTestKit } from "../../src/testing.js";

const kit = createPluralKitTestKit({ onViolation: "respond" });
const server = testKitServer(kit);
const client = () => createPluralKitClient({ token: "pk-test-token", ...kit.clientOptions() });
const me = { params: { path: { systemRef: "@me" } } };

describeTestKitCoverage({ spec: loadBundledSpec("pluralkit"), kit, server, headers: { Authorization: "pk-test-token" } });

describe("what a user's tests get", () => {
  test("the default answer is the spec's example, at the client's default base URL", async () => {
    expect(kit.baseUrl).toBe("https://api.pluralkit.me/v2");
    const system = await unwrap(client().GET("/systems/{systemRef}", me));
    expect(system).toEqual(kit.example("getSystem"));
  });

  test("an override answers with a typed reply, with the parameters parsed", async () => {
    server.use(
      kit.handle("getMember", ({ params }) => ({ status: 200, body: { ...kit.example("getMember"), name: `member ${params.memberRef}` } })),
    );
    const member = await unwrap(client().GET("/members/{memberRef}", { params: { path: { memberRef: "abcde" } } }));
    expect(member.name).toBe("member abcde");
    // @ts-expect-error: a status getMember does not declare
    kit.handle("getMember", () => ({ status: 418, body: {} }));
    // @ts-expect-error: a body that is not a Member
    kit.handle("getMember", () => ({ status: 200, body: { name: 42 } }));
    expectTypeOf(kit.example("getSystem").id).toEqualTypeOf<string>();
  });

  test("an override's answer the spec does not allow is a violation", async () => {
    server.use(kit.handle("getGroup", () => ({ status: 200, body: { ...kit.example("getGroup"), id: 7 as never } })));
    const before = kit.violations.length;
    await unwrap(client().GET("/groups/{groupRef}", { params: { path: { groupRef: "abcde" } } }));
    expect(kit.violations.slice(before).map((v) => v.summary)).toEqual(["getGroup: response 200 body /id must be string"]);
  });

  test("a request the spec does not allow fails with the operation and the field", async () => {
    const before = kit.violations.length;
    const error = await unwrap(client().POST("/members", { body: { name: 42 as never } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toBe("POST /v2/members failed with 400 (code 0): createMember: request body /name must be string");
    expect(kit.violations.slice(before).map((v) => v.summary)).toEqual(["createMember: request body /name must be string"]);
  });

  test("notFound(): PluralKit's 404 body, NotFoundError with its code", async () => {
    server.use(kit.notFound("getSystem"));
    const error = await unwrap(client().GET("/systems/{systemRef}", me)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 20001, body: { message: "System not found.", code: 20001 } });
  });

  test("unauthorized(): 401 for every operation", async () => {
    server.use(kit.unauthorized());
    const error = await unwrap(client().GET("/systems/{systemRef}/members", me)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
  });

  test("rateLimited(): PluralKit's 429 with retry_after and X-RateLimit-* headers, RateLimitError at once", async () => {
    let headers: Headers | undefined;
    server.events.on("response:mocked", ({ response }) => {
      headers ??= response.headers;
    });
    server.use(kit.rateLimited("createMember", { retryAfterMs: 300_000 }));
    const started = Date.now();
    const error = await unwrap(client().POST("/members", { body: { name: "Alex" } })).catch((e: unknown) => e);
    server.events.removeAllListeners();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(RateLimitError);
    const { body, retryAfterMs } = error as RateLimitError;
    expect(body).toMatchObject({ message: "429: too many requests", retry_after: 300_000, scope: "generic_update", code: 0 });
    expect(retryAfterMs).toBeGreaterThan(290_000);
    expect(headers?.get("X-RateLimit-Remaining")).toBe("0");
    expect(headers?.get("X-RateLimit-Scope")).toBe("generic_update");
    expect(headers?.get("X-RateLimit-Limit")).toBe("3");
    expect(Number(headers?.get("X-RateLimit-Reset")) * 1000).toBeGreaterThan(started + 299_000);
  });

  test("a short rateLimited() once: the client waits and retries, and gets the default answer", async () => {
    server.use(kit.rateLimited("getSystem", { retryAfterMs: 1, once: true }));
    const system = await unwrap(client().GET("/systems/{systemRef}", me));
    expect(system.id).toBe(kit.example("getSystem").id);
  });

  test("PluralKit has no quota: quotaExceeded() says so", () => {
    expect(() => kit.quotaExceeded()).toThrow(
      "createPluralKitTestKit().quotaExceeded: the PluralKit API spec has no quota: none of its 429 examples is one its client reads as a spent quota",
    );
  });

  test("a custom baseUrl: the kit answers under it", async () => {
    const local = createPluralKitTestKit({ baseUrl: "http://127.0.0.1:9/pk/v2/" });
    server.use(...local.handlers);
    const pk = createPluralKitClient({ ...local.clientOptions() });
    expect(local.baseUrl).toBe("http://127.0.0.1:9/pk/v2");
    expect((await unwrap(pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "exmpl" } } }))).id).toBe("exmpl");
  });
});
