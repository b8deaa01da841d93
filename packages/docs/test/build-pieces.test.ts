// The docs build's pieces on small inputs of their own: no browser, no site.
import { describe, expect, test } from "vitest";
import { toClassicScript } from "../src/classic-script.mjs";
import { clientScope } from "../src/client-scope.mjs";
import { codeSamples } from "../src/code-samples.mjs";
import { parseExactJson } from "../src/exact-json.mjs";
import { printCall } from "../src/print-code.mjs";
import { duration, rateLimitsSection } from "../src/section-rate-limits.mjs";

const pluralkitLike = {
  packageName: "@api-clients/pluralkit",
  api: "pluralkit",
  factory: "createPluralKitClient",
  variable: "pk",
  credentialOption: "token",
  auth: { type: "raw", header: "Authorization" },
  credentialEnv: "PLURALKIT_TOKEN",
  exportedNames: new Set<string>(),
  scope: (path: string) => ({ path }),
} as const;

describe("code samples", () => {
  const spec = {
    paths: {
      "/members/{memberRef}": {
        parameters: [{ name: "memberRef", in: "path", required: true, schema: { type: "string" }, example: "abcde" }],
        patch: {
          operationId: "updateMember",
          requestBody: {
            content: { "application/json": { schema: { type: "object" }, examples: { rename: { value: { name: "Alex" } } } } },
          },
        },
      },
      "/engagements": {
        get: {
          operationId: "listEngagements",
          parameters: [
            { name: "status", in: "query", schema: { type: "string", enum: ["active", "archived"] }, example: "active" },
            { name: "page", in: "query", schema: { type: "integer" } },
          ],
        },
      },
    },
  };

  test("by name and by path, with the spec's examples", () => {
    const entry = {
      path: "/members/{memberRef}",
      method: "PATCH",
      operationId: "updateMember",
      operation: spec.paths["/members/{memberRef}"].patch,
    };
    const [named, byPath] = codeSamples(spec, entry, pluralkitLike as any);
    const setup =
      'import { createPluralKitClient } from "@api-clients/pluralkit";\n\nconst pk = createPluralKitClient({ token: process.env.PLURALKIT_TOKEN });\n';
    expect(named).toEqual({
      lang: "TypeScript",
      label: "TypeScript",
      source: `${setup}const { data, error } = await pk.updateMember({\n  memberRef: "abcde",\n  body: { name: "Alex" },\n});\n`,
    });
    expect(byPath?.source).toBe(
      `${setup}const { data, error } = await pk.PATCH("/members/{memberRef}", {\n  params: { path: { memberRef: "abcde" } },\n  body: { name: "Alex" },\n});\n`,
    );
  });

  test("an optional query parameter appears only with an example of its own", () => {
    const entry = { path: "/engagements", method: "GET", operationId: "listEngagements", operation: spec.paths["/engagements"].get };
    const [named] = codeSamples(spec, entry, pluralkitLike as any);
    expect(named?.source).toContain('await pk.listEngagements({ status: "active" });');
  });

  test("module operations go through the scoped client, with the path relative to the module", () => {
    const husqyLike = {
      ...pluralkitLike,
      variable: "husqy",
      scope: clientScope({ module: (name: string) => name === "tickets" || fail(name) }),
    };
    const moduleSpec = { paths: { "/modules/tickets/panels": { get: { operationId: "listTicketPanels" } } } };
    const entry = {
      path: "/modules/tickets/panels",
      method: "GET",
      operationId: "listTicketPanels",
      operation: moduleSpec.paths["/modules/tickets/panels"].get,
    };
    const [named, byPath] = codeSamples(moduleSpec, entry, husqyLike as any);
    expect(named?.source).toContain('await husqy.module("tickets").listTicketPanels();');
    expect(byPath?.source).toContain('await husqy.module("tickets").GET("/panels");');
  });
});

function fail(name: string): never {
  throw new TypeError(`unknown module ${name}`);
}

describe("client scope", () => {
  test("a client without module() calls every path itself", () => {
    expect(clientScope({})("/modules/tickets/panels")).toEqual({ path: "/modules/tickets/panels" });
  });
  test("a name the client refuses is not a module", () => {
    const scope = clientScope({ module: fail });
    expect(scope("/modules/nope/x")).toEqual({ path: "/modules/nope/x" });
  });
  test("the module's own root is /", () => {
    expect(clientScope({ module: () => ({}) })("/modules/tickets")).toEqual({ module: "tickets", path: "/" });
  });
});

describe("exact JSON", () => {
  test("integers beyond 2^53 stay exact, as strings; everything else is JSON.parse's", () => {
    const parsed = parseExactJson(
      '{"id": 1187654321098765432, "small": 42, "float": 1.5e300, "text": "x: 1187654321098765432, y", "list": [-9007199254740993]}',
    );
    expect(parsed).toEqual({
      id: "1187654321098765432",
      small: 42,
      float: 1.5e300,
      text: "x: 1187654321098765432, y",
      list: ["-9007199254740993"],
    });
  });
  test("escaped quotes inside strings", () => {
    expect(parseExactJson('{"a": "say \\"12345678901234567890\\"", "b": 12345678901234567890}')).toEqual({
      a: 'say "12345678901234567890"',
      b: "12345678901234567890",
    });
  });
});

describe("printing code", () => {
  test("one line when it fits, the last argument broken over lines when not", () => {
    expect(printCall("pk.getSystem", [{ systemRef: "@me" }])).toBe('const { data, error } = await pk.getSystem({ systemRef: "@me" });');
    expect(printCall("pk.GET", ["/systems/{systemRef}/members", { params: { path: { systemRef: "@me" } } }])).toBe(
      'const { data, error } = await pk.GET("/systems/{systemRef}/members", {\n  params: { path: { systemRef: "@me" } },\n});',
    );
    expect(printCall("api.op", [{ "not-an-identifier": 1 }])).toContain('{ "not-an-identifier": 1 }');
  });
});

describe("rate limits section", () => {
  const window = { id: "per_key", limit: 30, windowSeconds: 10, per: "credential" };
  test("a window's algorithm is shown when the spec gives one", () => {
    const text = rateLimitsSection({ "x-rate-limits": { windows: [{ ...window, algorithm: "sliding-window" }] } });
    expect(text).toContain(
      "`per_key`: **30 requests per 10 seconds**, counted per credential, for every request; algorithm: sliding window (`sliding-window`).",
    );
  });
  test("and left out when not (specs before the algorithm field)", () => {
    expect(rateLimitsSection({ "x-rate-limits": { windows: [window] } })).not.toContain("algorithm");
  });
  test("a GCRA window with its burst, methods and exceptions", () => {
    const text = rateLimitsSection({
      "x-rate-limits": {
        windows: [{ ...window, algorithm: "gcra", burst: 29, appliesTo: { methods: ["GET"], exceptOperations: ["getMessage"] } }],
      },
    });
    expect(text).toContain("for `GET`, except `getMessage`; algorithm: GCRA token bucket (`gcra`); bursts of up to 29 at once.");
  });
  test("a window whose numbers the server announces", () => {
    const text = rateLimitsSection({
      "x-rate-limits": {
        windows: [{ id: "per_key", algorithm: "header-announced", per: "credential" }],
        headers: { remaining: "X-Left", reset: "X-Reset", resetUnit: "delta-seconds" },
      },
    });
    expect(text).toContain("`per_key`: **the budget the server announces**, counted per credential");
    expect(text).toContain("`X-Left` (requests left) and `X-Reset` (when the window resets, delta-seconds)");
  });
  test("no limits at all", () => {
    expect(rateLimitsSection({})).toContain("declares no limits");
    // The spec's own description says so instead, when it has one.
    expect(rateLimitsSection({ "x-rate-limits": { description: "None documented." } })).not.toContain("declares no limits");
  });
  test("durations", () => {
    expect([1, 10, 60, 90, 86_400].map(duration)).toEqual(["second", "10 seconds", "minute", "90 seconds", "day"]);
  });
});

describe("classic script", () => {
  test("the module's exports become top-level globals, import.meta goes", () => {
    const { code, globals } = toClassicScript("/** header */\nconst{a,b}=(()=>({a:1,b:import.meta.url}))();export{a,b};");
    expect(globals).toEqual(["a", "b"]);
    expect(code).toBe("/** header */\nconst{a,b}=(()=>({a:1,b:location.href}))();");
  });
  test("a shape it does not know fails the build", () => {
    expect(() => toClassicScript("export default 1;")).toThrow(/no longer ends in one `export/);
    expect(() => toClassicScript("const{a}=1;export{a,b};")).toThrow(/does not declare them/);
  });
});
