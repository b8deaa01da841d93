import { describe, expect, test } from "vitest";
import { MemoryStore } from "@api-clients/middleware";
import { createPwnbookClient, pwnbookBaseUrl } from "../../src/index.js";

describe("API keys", () => {
  test.each(["pwbk_live_abc123", "pwbk_test_Z9-x_y"])("%s is accepted", (apiKey) => {
    expect(() => createPwnbookClient({ apiKey })).not.toThrow();
  });
  test.each(["", "SECRETabc", "pwbk_dev_SECRETabc", "pwbk_live_", "Bearer pwbk_live_SECRETabc"])(
    "%j is refused, without echoing it",
    (apiKey) => {
      expect(() => createPwnbookClient({ apiKey })).toThrow(TypeError);
      try {
        createPwnbookClient({ apiKey });
      } catch (error) {
        expect(String(error)).not.toContain("SECRET");
      }
    },
  );
  test("a key function returning a bad key fails the call before any request", async () => {
    let requests = 0;
    const fetch = (async () => {
      requests++;
      return new Response("{}");
    }) as typeof globalThis.fetch;
    await expect(createPwnbookClient({ apiKey: () => "nope", fetch }).GET("/organizations/current")).rejects.toThrow("pwbk_live_");
    expect(requests).toBe(0);
  });
});

describe("base URLs", () => {
  test.each([
    [undefined, "https://app.pwnbook.io/api/v1"],
    ["https://pwnbook.corp.example", "https://pwnbook.corp.example/api/v1"],
    ["https://pwnbook.corp.example/", "https://pwnbook.corp.example/api/v1"],
    ["https://pwnbook.corp.example/api", "https://pwnbook.corp.example/api/v1"],
    ["https://pwnbook.corp.example:8443/api/v1/", "https://pwnbook.corp.example:8443/api/v1"],
    ["http://10.0.0.5/tools/pwnbook", "http://10.0.0.5/tools/pwnbook/api/v1"],
  ])("%s → %s", (input, expected) => expect(pwnbookBaseUrl(input)).toBe(expected));

  test("requests go to the self-hosted instance with the key as a Bearer token", async () => {
    const seen: Request[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Request(input, init));
      return new Response('{"data":{"id":"org_1","name":"x","slug":"x"}}', { headers: { "Content-Type": "application/json" } });
    }) as typeof globalThis.fetch;
    await createPwnbookClient({
      apiKey: "pwbk_live_k",
      baseUrl: "https://pwnbook.corp.example",
      fetch,
      rateLimit: { store: new MemoryStore() },
    }).GET("/organizations/current");
    expect(seen[0]!.url).toBe("https://pwnbook.corp.example/api/v1/organizations/current");
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer pwbk_live_k");
  });
});
