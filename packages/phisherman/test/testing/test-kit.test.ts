// @api-clients/phisherman/testing, used the way a user's tests use it: MSW in
// this process, the real client, unwrap() and the typed errors.
import { describeTestKitCoverage, loadBundledSpec, testKitServer } from "@api-clients/contract-kit";
import { describe, expect, test } from "vitest";
import { BadRequestError, createPhishermanClient, NotFoundError, RateLimitError, UnauthorizedError, unwrap } from "../../src/index.js";
import { createPhishermanTestKit } from "../../src/testing.js";

const kit = createPhishermanTestKit({ onViolation: "respond" });
const server = testKitServer(kit);
const client = () => createPhishermanClient({ apiKey: "phisherman-test-key", ...kit.clientOptions() });
const domain = { params: { path: { domain: "free-nitro.example" } } };

describeTestKitCoverage({ spec: loadBundledSpec("phisherman"), kit, server, headers: { Authorization: "Bearer phisherman-test-key" } });

describe("what a user's tests get", () => {
  test("classifyDomain() on the default answer, then on a typed override", async () => {
    expect(await client().classifyDomain("https://free-nitro.example/claim")).toMatchObject({
      isPhish: kit.example("checkDomain").verifiedPhish,
    });
    server.use(kit.handle("checkDomain", () => ({ status: 200, body: { classification: "malicious", verifiedPhish: true } })));
    expect(await client().classifyDomain("free-nitro.example")).toMatchObject({ isPhish: true, classification: "malicious" });
  });

  test("notFound(): Phisherman's 404 for an unknown domain, which classifyDomain() reads as unknown", async () => {
    server.use(kit.notFound("checkDomain"));
    expect(await client().classifyDomain("never-seen.example")).toMatchObject({ isPhish: false, classification: "unknown" });
    const error = await unwrap(client().GET("/domains/check/{domain}", domain)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  test("a request the spec does not allow fails with the operation and the field", async () => {
    const error = await unwrap(client().PUT("/phish/report", { body: { url: 42 as never } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain("reportNewPhish: request body /url must be string");
  });

  test("unauthorized() and rateLimited(): Phisherman's bodies, UnauthorizedError and RateLimitError", async () => {
    server.use(kit.unauthorized("getDomainInfo"), kit.rateLimited("reportNewPhish"));
    const unauthorized = await unwrap(client().GET("/domains/info/{domain}", domain)).catch((e: unknown) => e);
    expect(unauthorized).toBeInstanceOf(UnauthorizedError);
    expect(unauthorized).toMatchObject({ body: { message: "missing permissions or invalid API key" } });
    const limited = await unwrap(client().PUT("/phish/report", { body: { url: "https://scam.example/x" } })).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    // Phisherman's spec names no retry hint: the kit sends the standard Retry-After.
    expect((limited as RateLimitError).retryAfterMs).toBeGreaterThan(590_000);
  });
});
