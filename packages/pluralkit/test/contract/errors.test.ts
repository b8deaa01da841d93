// Error paths per operation family, against Prism: each error body must be
// PluralKit's `{ code, message }` envelope as the spec declares it, and typed
// as such in `error`. Prism picks the status from a `Prefer: code=N` header,
// enforces the SystemToken scheme itself, and rejects invalid requests.
import { MissingCredentialError } from "../../src/index.js";
import { describe, expect, inject, test } from "vitest";
import { mockClient, recorder, validateBody } from "./harness.js";

const prefer = (code: number) => ({ Prefer: `code=${code}` });
const SNOWFLAKE = "466707357099884544";

function lastCall() {
  const call = recorder.calls.at(-1)!;
  expect(validateBody(call.path, call.method, call.status, call.body)).toEqual([]);
  return call;
}

describe("PluralKit error paths against Prism", () => {
  const pk = mockClient();

  test("systems: an unknown system is 404 with code 20001", async () => {
    const { data, error, response } = await pk.GET("/systems/{systemRef}", {
      params: { path: { systemRef: "zzzzz" } },
      headers: prefer(404),
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.code).toBe(20001);
    expect(error?.message).toBeTypeOf("string");
    lastCall();
  });

  test("members: creating a member without a token fails before any request (the spec demands SystemToken)", async () => {
    const anonymous = mockClient({ token: undefined });
    const before = recorder.calls.length;
    await expect(anonymous.POST("/members", { body: { name: "Alex" } })).rejects.toThrow(MissingCredentialError);
    expect(recorder.calls.length).toBe(before);
  });

  test("members: Prism itself answers 401 to a token-less create (the server's own check)", async () => {
    const response = await fetch(`${inject("mockUrl")}/members`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Alex" }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: number }).code).toBe(0);
  });

  test("members: a private member list is 403 with code 30001", async () => {
    const { error, response } = await pk.GET("/systems/{systemRef}/members", {
      params: { path: { systemRef: "exmpl" } },
      headers: prefer(403),
    });
    expect(response.status).toBe(403);
    expect(error?.code).toBe(30001);
    lastCall();
  });

  test("members: a bad body is a 400 model error with per-key details", async () => {
    const { error, response } = await pk.PATCH("/members/{memberRef}", {
      params: { path: { memberRef: "mbrab" } },
      body: { name: "Alex" },
      headers: prefer(400),
    });
    expect(response.status).toBe(400);
    expect(typeof error?.code).toBe("number");
    lastCall();
  });

  test("groups: an unknown group is 404", async () => {
    const { error, response } = await pk.GET("/groups/{groupRef}", { params: { path: { groupRef: "zzzzz" } }, headers: prefer(404) });
    expect(response.status).toBe(404);
    expect(error?.code).toBe(20004);
    lastCall();
  });

  test("switches: an unknown switch is 404", async () => {
    const { error, response } = await pk.GET("/systems/{systemRef}/switches/{switchRef}", {
      params: { path: { systemRef: "exmpl", switchRef: "00000000-0000-4000-8000-000000000000" } },
      headers: prefer(404),
    });
    expect(response.status).toBe(404);
    expect(typeof error?.code).toBe("number");
    lastCall();
  });

  test("switches: an invalid query is rejected by Prism with 422", async () => {
    const { data, error, response } = await pk.GET("/systems/{systemRef}/switches", {
      params: { path: { systemRef: "exmpl" }, query: { limit: 1000 } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    expect(error).toBeDefined();
  });

  test("messages: an unknown message is 404 with code 20006", async () => {
    const { error, response } = await pk.GET("/messages/{messageRef}", {
      params: { path: { messageRef: SNOWFLAKE } },
      headers: prefer(404),
    });
    expect(response.status).toBe(404);
    expect(error?.code).toBe(20006);
    lastCall();
  });

  test("guild settings: none yet for that guild is 404 with code 20009", async () => {
    const { error, response } = await pk.GET("/systems/@me/guilds/{guildId}", {
      params: { path: { guildId: SNOWFLAKE } },
      headers: prefer(404),
    });
    expect(response.status).toBe(404);
    expect(error?.code).toBe(20009);
    lastCall();
  });

  test("autoproxy: no settings row is 404", async () => {
    const { response } = await pk.GET("/systems/@me/autoproxy", { params: { query: { guild_id: SNOWFLAKE } }, headers: prefer(404) });
    expect(response.status).toBe(404);
  });

  test("rate limits: a 429 carries retry_after (ms) and the rate-limit headers", async () => {
    const { error, response } = await pk.GET("/systems/{systemRef}", {
      params: { path: { systemRef: "exmpl" } },
      headers: prefer(429),
    });
    expect(response.status).toBe(429);
    expect(error?.retry_after).toBeTypeOf("number");
    expect(response.headers.get("x-ratelimit-reset")).toMatch(/^\d+$/);
    lastCall();
  });
});
