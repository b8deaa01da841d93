// The PhishStats operation and each error status it declares, through the
// real client against a real Prism process; then the helpers on top.
import { describe, expect, test } from "vitest";
import { describeOperationContracts, type OperationCase } from "@api-clients/contract-kit";
import { field, type OperationId, type PhishStatsClient } from "../../src/index.js";
import { mockClient, recorder, spec, validateBody } from "./harness.js";

const cases = {
  listPhishing: (ps, { headers }) =>
    ps.GET("/phishing", { params: { query: { _where: "(countrycode,eq,US)", _sort: "-id", _p: 1, _size: 50 } }, headers }),
} satisfies Record<OperationId, OperationCase<PhishStatsClient>>;

describeOperationContracts({ spec, calls: recorder.calls, validateBody, client: () => mockClient(), cases });

describe("helpers against Prism", () => {
  test("list sends the built filter, URL-encoded, with the key in X-API-Key and not in the URL", async () => {
    const { data } = await mockClient().list({
      where: field("score")
        .gt(5)
        .and(field("url").like({ contains: "login" })),
      sort: "-id",
      pageSize: 10,
    });
    expect(Array.isArray(data)).toBe(true);
    const call = recorder.calls.at(-1)!;
    expect(call.requestHeaders.get("x-api-key")).toMatch(/^psk_contract_/);
    // Commas are percent-encoded; "(", ")" and "~" are legal in a query and the server decodes all of it.
    expect(new URL(call.url).searchParams.get("_where")).toBe("(score,gt,5)~and(url,like,~login~)");
    expect(call.url).toContain("_where=(score%2Cgt%2C5)~and(url%2Clike%2C~login~)");
    expect(call.url).not.toMatch(/apikey|psk_/);
  });

  test("an invalid page size is refused before any request", async () => {
    const before = recorder.calls.length;
    await expect(mockClient().list({ pageSize: 500 })).rejects.toThrow("pageSize must be a whole number from 1 to 100");
    expect(recorder.calls.length).toBe(before);
  });
});
