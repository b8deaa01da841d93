// @api-clients/pwnbook/testing, used the way a user's tests use it: MSW in
// this process, the real client, unwrap() and the typed errors.
import { describeTestKitCoverage, loadBundledSpec, testKitServer } from "@api-clients/contract-kit";
import { describe, expect, test } from "vitest";
import { BadRequestError, createPwnbookClient, NotFoundError, RateLimitError, UnauthorizedError, unwrap } from "../../src/index.js";
import { createPwnbookTestKit } from "../../src/testing.js";

const kit = createPwnbookTestKit({ onViolation: "respond" });
const server = testKitServer(kit);
const client = () => createPwnbookClient({ apiKey: "pwbk_test_kit", ...kit.clientOptions() });

describeTestKitCoverage({ spec: loadBundledSpec("pwnbook"), kit, server, headers: { Authorization: "Bearer pwbk_test_kit" } });

describe("what a user's tests get", () => {
  test("paginate() over the default answer, then over a typed override", async () => {
    const names = [];
    for await (const engagement of client().paginate("listEngagements")) names.push(engagement.name);
    expect(names).toEqual(kit.example("listEngagements").data.map((e) => e.name));
    server.use(
      kit.handle("listEngagements", ({ query }) => ({
        status: 200,
        body: { ...kit.example("listEngagements"), data: [{ ...kit.example("listEngagements").data[0]!, name: `status ${query.status}` }] },
      })),
    );
    const [first] = await unwrap(client().GET("/engagements", { params: { query: { status: "active" } } })).then((page) => page.data);
    expect(first?.name).toBe("status active");
  });

  test("a self-hosted instance: the kit takes the same baseUrl as the client", async () => {
    const selfHosted = createPwnbookTestKit({ baseUrl: "https://pwnbook.example.com" });
    expect(selfHosted.baseUrl).toBe("https://pwnbook.example.com/api/v1");
    server.use(...selfHosted.handlers);
    const pwnbook = createPwnbookClient({ apiKey: "pwbk_test_kit", baseUrl: "https://pwnbook.example.com" });
    expect(await unwrap(pwnbook.GET("/organizations/current"))).toEqual(selfHosted.example("getOrganization"));
  });

  test("a request the spec does not allow fails with the operation and the field", async () => {
    const error = await unwrap(client().POST("/engagements", { body: { name: "" } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("createEngagement: request body /name must NOT have fewer than 1 characters"),
    });
  });

  test("notFound(), unauthorized(), rateLimited(): Pwnbook's { error: { code, message, statusCode } }", async () => {
    server.use(kit.notFound("getEngagement"), kit.unauthorized("listOrganizationMembers"), kit.rateLimited("createEngagement"));
    const notFound = await unwrap(client().GET("/engagements/{id}", { params: { path: { id: "eng_x" } } })).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({ code: "NOT_FOUND", body: { error: { statusCode: 404 } } });
    expect(await unwrap(client().GET("/organizations/current/members")).catch((e: unknown) => e)).toBeInstanceOf(UnauthorizedError);
    const limited = await unwrap(client().POST("/engagements", { body: { name: "Northwind" } })).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited).toMatchObject({ code: "RATE_LIMITED" });
    // The reset comes from X-RateLimit-Reset (epoch seconds), Pwnbook's only hint.
    expect((limited as RateLimitError).retryAfterMs).toBeGreaterThan(590_000);
  });
});
