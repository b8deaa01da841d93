import { describe, expect, test } from "vitest";
import { createPhishermanClient, normalizeDomain } from "../../src/index.js";

function answering(status: number, body: unknown) {
  const seen: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Request(input, init));
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

describe("normalizeDomain", () => {
  test.each([
    ["example.com", "example.com"],
    ["  Example.COM. ", "example.com"],
    ["https://free-nitro.example/claim?a=1#x", "free-nitro.example"],
    ["free-nitro.example/claim", "free-nitro.example"],
    ["http://user:pw@scam.example:8080/x", "scam.example"],
    ["münchen.example", "xn--mnchen-3ya.example"],
  ])("%j → %j", (input, host) => expect(normalizeDomain(input, "t")).toBe(host));

  test.each([
    ["", /empty string/],
    ["localhost", /not a valid domain name/],
    ["bad..example", /not a valid domain name/],
    ["-bad.example", /not a valid domain name/],
    ["192.0.2.1", /IP address/],
    ["http://[::1]/", /IP address/],
    [`${"a".repeat(64)}.example`, /not a valid domain name/],
  ])("%j is refused", (input, message) => expect(() => normalizeDomain(input, "t")).toThrow(message));
});

describe("classifyDomain", () => {
  test.each([
    [200, { classification: "SUSPICIOUS", verifiedPhish: false }, "suspicious", false],
    [200, { classification: "malicious", verifiedPhish: true }, "malicious", true],
    [404, { classification: "unknown", verifiedPhish: false }, "unknown", false],
  ])("%i %j", async (status, body, classification, isPhish) => {
    const { fetch, seen } = answering(status, body);
    const result = await createPhishermanClient({ apiKey: "k", fetch }).classifyDomain("scam.example");
    expect(result).toEqual({ domain: "scam.example", classification, verifiedPhish: body.verifiedPhish, isPhish });
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer k");
  });

  test("other statuses throw the typed error with Phisherman's message", async () => {
    const { fetch } = answering(400, {
      message: "Invalid domain.",
      error: [{ code: "custom", message: "'x' is not a valid domain.", path: [] }],
    });
    await expect(createPhishermanClient({ apiKey: "k2", fetch }).classifyDomain("scam.example")).rejects.toMatchObject({
      name: "BadRequestError",
      status: 400,
      code: "custom",
      message: expect.stringContaining("Invalid domain. 'x' is not a valid domain."),
    });
  });

  test("after a 401 the key is not used again", async () => {
    const { fetch, seen } = answering(401, { message: "missing permissions or invalid API key", success: false });
    const client = createPhishermanClient({ apiKey: "revoked-key", fetch });
    await expect(client.classifyDomain("scam.example")).rejects.toMatchObject({ name: "UnauthorizedError" });
    await expect(client.classifyDomain("scam.example")).rejects.toMatchObject({ name: "InvalidCredentialError" });
    expect(seen).toHaveLength(1);
  });
});

describe("reportCaught", () => {
  test.each([
    [878130674844979210n, "878130674844979210"],
    ["878130674844979210", "878130674844979210"],
    [18446744073709551615n, "18446744073709551615"],
  ])("guild %s is sent exactly", async (guild, wire) => {
    const { fetch, seen } = answering(201, { data: { id: "x", domain: "scam.example" } });
    await createPhishermanClient({ apiKey: "k3", fetch }).reportCaught("scam.example", { guild });
    expect(await seen[0]!.text()).toBe(`{"guild":"${wire}"}`);
  });

  test.each([
    [878130674844979200, /a number cannot hold a Discord ID exactly/],
    ["12ab", /digits only/],
    [-1n, /not a 64-bit Discord ID/],
    [2n ** 64n, /not a 64-bit Discord ID/],
  ])("guild %s is refused before any request", async (guild, message) => {
    const { fetch, seen } = answering(201, {});
    await expect(createPhishermanClient({ apiKey: "k4", fetch }).reportCaught("scam.example", { guild: guild as never })).rejects.toThrow(
      message,
    );
    expect(seen).toHaveLength(0);
  });
});
