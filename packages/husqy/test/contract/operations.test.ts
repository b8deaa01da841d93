// Every Husqy operation in the spec, called by name through the real client (module
// operations through `husqy.module(name)`) against a real Prism process, with
// the spec's own request examples; each answer's body is checked against the
// spec, and so is every error status each operation declares.
import { describe, expect, test } from "vitest";
import { describeOperationContracts } from "@api-clients/contract-kit";
import { ConflictError, NotFoundError, unwrap } from "../../src/index.js";
import { casesFromExamples } from "./cases-from-examples.js";
import { mockClient, recorder, spec, validateBody } from "./harness.js";

describeOperationContracts({ spec, calls: recorder.calls, validateBody, client: () => mockClient(), cases: casesFromExamples(spec) });

describe("Husqy against Prism", () => {
  const guild_id = 1187654321098765432n;

  test("a module's settings through module(): the request names the exact guild and the body is typed", async () => {
    const before = recorder.calls.length;
    const { data } = await mockClient()
      .module("logging")
      .GET("/settings", { params: { query: { guild_id } } });
    expect(data?.data.settings.guild_id).toMatch(/^\d+$/);
    const call = recorder.calls.slice(before).find((c) => c.operationId === "getLoggingSettings");
    expect(new URL(call!.url).searchParams.get("guild_id")).toBe("1187654321098765432");
  });

  test("enabling a module twice: the 409 is a typed ConflictError carrying the problem's title", async () => {
    const error = await unwrap(
      mockClient()
        .module("logging")
        .POST("/enable", { body: { guild_id }, headers: { Prefer: "code=409" } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe("Conflict");
  });

  test("a 404 comes back as { error } with the problem details, or as NotFoundError with unwrap()", async () => {
    const husqy = mockClient();
    const { error, response } = await husqy.GET("/settings", { params: { query: { guild_id } }, headers: { Prefer: "code=404" } });
    expect(response.status).toBe(404);
    expect(error?.title).toBe("NotFound");
    await expect(
      unwrap(husqy.GET("/settings", { params: { query: { guild_id } }, headers: { Prefer: "code=404" } })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
