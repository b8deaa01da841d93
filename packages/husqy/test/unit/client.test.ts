// The Husqy client with an injected fetch: no network, no server. What it
// adds on top of the shared middleware: Bearer auth, exact 64-bit Discord ids,
// module scoping, and problem-details errors.
import { describe, expect, test } from "vitest";
import { ApiError, ConflictError, createHusqyClient, HUSQY_MODULES, InvalidCredentialError, unwrap } from "../../src/index.js";

interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

function scripted(...answers: Response[]) {
  const seen: Seen[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: await request.text() });
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return answer.clone();
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
const settings = { data: { settings: { id: 1, guild_id: "1187654321098765432", logs_channel_id: "1187654321098765433" } } };

// Real snowflakes are above 2^53 (9007199254740992): as numbers they would lose digits.
const GUILD = "1187654321098765432";
const CHANNEL = 1187654321098765433n;
const TOKEN = "SECRET-husqy-api-key-7f3a";

describe("auth", () => {
  test("the token goes out as a Bearer credential (an assumption: Husqy does not document the header)", async () => {
    const { fetch, seen } = scripted(json(200, settings));
    await createHusqyClient({ token: TOKEN, fetch })
      .module("logging")
      .GET("/settings", { params: { query: { guild_id: GUILD } } });
    expect(seen[0]!.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(seen[0]!.url.href).toBe(`https://api.husqy.xyz/v1/modules/logging/settings?guild_id=${GUILD}`);
  });

  test("a 401 retires the token for every module of the client: later calls fail without a request, and never show it", async () => {
    const { fetch, seen } = scripted(json(401, { title: "Unauthorized", status: 401, detail: "The access token has expired." }));
    const husqy = createHusqyClient({ token: TOKEN, fetch });
    const first = await husqy.module("tickets").GET("/status", { params: { query: { guild_id: GUILD } } });
    expect(first.response.status).toBe(401);
    const later = await unwrap(husqy.module("polls").GET("/status", { params: { query: { guild_id: GUILD } } })).catch((e: unknown) => e);
    expect(later).toBeInstanceOf(InvalidCredentialError);
    expect(seen).toHaveLength(1);
    expect(`${String(later)} ${JSON.stringify(later)} ${(later as Error).stack}`).not.toContain(TOKEN);
  });
});

describe("Discord ids above 2^53", () => {
  test("string and bigint ids go out as exact JSON integers in the body, and responses keep them as strings", async () => {
    const { fetch, seen } = scripted(json(200, settings));
    const { data } = await createHusqyClient({ token: TOKEN, fetch })
      .module("logging")
      .PUT("/settings", { body: { guild_id: GUILD, logs_channel_id: CHANNEL, log_games: false } });
    expect(seen[0]!.body).toBe(`{"guild_id":${GUILD},"logs_channel_id":${CHANNEL},"log_games":false}`);
    expect(data?.data.settings.guild_id).toBe(GUILD);
  });

  test("a number that already lost digits is refused with a TypeError naming the field; nothing is sent", async () => {
    const { fetch, seen } = scripted(json(200, settings));
    const logging = createHusqyClient({ token: TOKEN, fetch }).module("logging");
    await expect(logging.PUT("/settings", { body: { guild_id: Number(GUILD) } })).rejects.toThrow(
      /"guild_id" is 1187654321098765300, above 2\^53/,
    );
    await expect(logging.GET("/settings", { params: { query: { guild_id: Number(GUILD) } } })).rejects.toThrow(/"guild_id"/);
    await expect(logging.POST("/enable", { body: { guild_id: "my-server" } })).rejects.toThrow(/"guild_id" must be an integer id/);
    expect(seen).toHaveLength(0);
  });

  test("a small id may still be a number", async () => {
    const { fetch, seen } = scripted(json(200, settings));
    await createHusqyClient({ token: TOKEN, fetch })
      .module("logging")
      .POST("/enable", { body: { guild_id: 4503599627370495 } });
    expect(seen[0]!.body).toBe(`{"guild_id":${4503599627370495}}`);
  });
});

describe("module()", () => {
  test("module paths are relative to /modules/<name>; the home is /", async () => {
    const { fetch, seen } = scripted(json(200, { data: { message: "ok" } }));
    const husqy = createHusqyClient({ token: TOKEN, fetch });
    await husqy.module("logging").GET("/");
    await husqy.module("logging").GET("/livez");
    expect(seen.map((s) => s.url.pathname)).toEqual(["/v1/modules/logging", "/v1/modules/logging/livez"]);
  });

  test("every module name the client lists is accepted, and module() returns one client per name", () => {
    const husqy = createHusqyClient({ token: TOKEN });
    for (const name of HUSQY_MODULES) expect(husqy.module(name)).toBe(husqy.module(name));
    expect(HUSQY_MODULES).toHaveLength(15);
  });

  test.each([
    ["invite-tracker", /unknown module "invite-tracker" \(the API spells it "invite_tracker"\)/],
    ["music", /unknown module "music"; Husqy's modules are logging, welcoming/],
  ])("%j is refused with a TypeError", (name, message) => {
    expect(() => createHusqyClient({ token: TOKEN }).module(name as never)).toThrow(message);
  });

  test("a path without its leading slash is refused rather than glued onto the prefix", () => {
    const { fetch, seen } = scripted(json(200, settings));
    expect(() =>
      createHusqyClient({ token: TOKEN, fetch })
        .module("logging")
        .GET("settings" as never),
    ).toThrow(/starts with "\/"/);
    expect(seen).toHaveLength(0);
  });
});

describe("errors are problem details", () => {
  test.each([
    [
      "a map of field errors and a message",
      { title: "ValidationError", status: 400, detail: null, message: "Bad guild", errors: { guild_id: "bad" } },
      "Bad guild",
    ],
    [
      "an array of errors and no message",
      { title: "ValidationError", status: 400, detail: "guild_id is invalid", errors: [] },
      "guild_id is invalid",
    ],
  ])("%s: the title is the code, message or detail the text", async (_case, problem, text) => {
    const { fetch } = scripted(json(400, problem));
    const error = await unwrap(
      createHusqyClient({ token: TOKEN, fetch })
        .module("logging")
        .PUT("/settings", { body: { guild_id: GUILD } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).code).toBe("ValidationError");
    expect((error as ApiError).message).toContain(text);
    expect(String(error)).not.toContain(TOKEN);
  });

  test("a 409 is a ConflictError", async () => {
    const { fetch } = scripted(json(409, { title: "Conflict", status: 409, detail: "The module is already enabled." }));
    const error = await unwrap(
      createHusqyClient({ token: TOKEN, fetch })
        .module("logging")
        .POST("/enable", { body: { guild_id: GUILD } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
  });
});

describe("reactive rate limiting (Husqy documents no limits)", () => {
  test("a 429 is waited out and the POST re-sent once, with the same exact body", async () => {
    const { fetch, seen } = scripted(
      json(429, { title: "TooManyRequests", status: 429, detail: null }, { "Retry-After": "0" }),
      json(200, settings),
    );
    const { data } = await createHusqyClient({ token: TOKEN, fetch })
      .module("logging")
      .POST("/enable", { body: { guild_id: GUILD } });
    expect(data?.data.settings.id).toBe(1);
    expect(seen.map((s) => s.body)).toEqual([`{"guild_id":${GUILD}}`, `{"guild_id":${GUILD}}`]);
  });
});
