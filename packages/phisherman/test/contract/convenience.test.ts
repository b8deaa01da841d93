// classifyDomain and reportCaught against Prism: what a bot sees.
import { describe, expect, test } from "vitest";
import { mockClient, recorder } from "./harness.js";

describe("classifyDomain against Prism", () => {
  test("a URL is reduced to its host, and the answer is one lowercase shape", async () => {
    const result = await mockClient().classifyDomain("https://Suspicious.Test.Phisherman.gg/login?x=1");
    expect(result.domain).toBe("suspicious.test.phisherman.gg");
    expect(["safe", "suspicious", "malicious", "unknown"]).toContain(result.classification);
    expect(result.isPhish).toBe(result.classification === "malicious" || result.verifiedPhish);
    expect(recorder.calls.at(-1)!.path).toBe("/domains/check/{domain}");
  });

  test("an invalid domain is refused before any request", async () => {
    const before = recorder.calls.length;
    await expect(mockClient().classifyDomain("bad..example")).rejects.toThrow(/not a valid domain/);
    expect(recorder.calls.length).toBe(before);
  });
});

describe("reportCaught against Prism", () => {
  test("a guild ID above 2^53 reaches the wire exactly", async () => {
    const guild = 878130674844979210n;
    const { response } = await mockClient().reportCaught("scam.example", { guild });
    expect(response.status).toBeLessThan(300);
  });
});
