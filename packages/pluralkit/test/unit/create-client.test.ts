// The client factory with an injected fetch: no network, no mock server.
import { describe, expect, test } from "vitest";
import { createPluralKitClient, DEFAULT_USER_AGENT } from "../../src/index.js";

const TOKEN = "z865MC7JNhLtZuSq1NXQYVe+FgZJHBfeBCXOPYYRwH4liDCDrsd7zdOuR45mX257";

function capturingFetch() {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return new Response(JSON.stringify({ id: "exmpl" }), { status: 200, headers: { "Content-Type": "application/json" } });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

describe("createPluralKitClient", () => {
  test("sends the raw token in Authorization, with no Bearer prefix", async () => {
    const { fetch, requests } = capturingFetch();
    const pk = createPluralKitClient({ token: TOKEN, fetch });
    await pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "@me" } } });
    expect(requests[0]!.headers.get("authorization")).toBe(TOKEN);
  });

  test("sends no Authorization header without a token", async () => {
    const { fetch, requests } = capturingFetch();
    await createPluralKitClient({ fetch }).GET("/systems/{systemRef}", { params: { path: { systemRef: "exmpl" } } });
    expect(requests[0]!.headers.has("authorization")).toBe(false);
  });

  test("always sends a User-Agent (PluralKit answers 400 without one)", async () => {
    const { fetch, requests } = capturingFetch();
    await createPluralKitClient({ fetch }).GET("/members/{memberRef}", { params: { path: { memberRef: "abcde" } } });
    await createPluralKitClient({ fetch, userAgent: "my-bot/2.1" }).GET("/members/{memberRef}", {
      params: { path: { memberRef: "abcde" } },
    });
    expect(requests.map((r) => r.headers.get("user-agent"))).toEqual([DEFAULT_USER_AGENT, "my-bot/2.1"]);
  });

  test("targets the documented server by default and a custom baseUrl when given", async () => {
    const { fetch, requests } = capturingFetch();
    await createPluralKitClient({ fetch }).GET("/systems/{systemRef}", { params: { path: { systemRef: "exmpl" } } });
    await createPluralKitClient({ fetch, baseUrl: "http://127.0.0.1:9/v2/" }).GET("/systems/{systemRef}", {
      params: { path: { systemRef: "exmpl" } },
    });
    expect(requests.map((r) => r.url)).toEqual(["https://api.pluralkit.me/v2/systems/exmpl", "http://127.0.0.1:9/v2/systems/exmpl"]);
  });

  test.each([
    [{ token: "" }, /token must be a non-empty string/],
    [{ token: "abc def" }, /token contains whitespace/],
    [{ token: "abc\r\nX-Evil: 1" }, /token contains whitespace/],
    [{ baseUrl: "api.pluralkit.me/v2" }, /baseUrl must be an absolute http\(s\) URL/],
    [{ baseUrl: "ftp://api.pluralkit.me/v2" }, /baseUrl must be an absolute http\(s\) URL/],
    [{ fetch: "fetch" }, /fetch must be a function/],
    [{ userAgent: "" }, /userAgent must be a non-empty string/],
  ])("rejects bad options at construction: %j", (options, message) => {
    expect(() => createPluralKitClient(options as never)).toThrow(TypeError);
    expect(() => createPluralKitClient(options as never)).toThrow(message);
  });

  test("an option error never echoes the token", () => {
    const secret = "secret token-with-space";
    try {
      createPluralKitClient({ token: secret });
      expect.unreachable("must throw");
    } catch (error) {
      expect(String(error)).not.toContain("secret");
      expect(JSON.stringify(error)).not.toContain("secret");
    }
  });
});
