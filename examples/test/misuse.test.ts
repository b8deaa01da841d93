// What a careless caller is told, on every factory, over the path users get
// (the platform's fetch, a real HTTP server that counts what reaches it):
// unknown options and bad header values fail at construction; a missing
// credential fails the call before any request where the spec demands one.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHusqyClient } from "@api-clients/husqy";
import { MissingCredentialError } from "@api-clients/pwnbook";
import { createPhishermanClient } from "@api-clients/phisherman";
import { createPhishStatsClient } from "@api-clients/phishstats";
import { createPluralKitClient } from "@api-clients/pluralkit";
import { createPwnbookClient } from "@api-clients/pwnbook";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const SECRET = "do-not-print-me-0123456789";
type Factory = (options: Record<string, unknown>) => unknown;
const factories: [string, Factory, string][] = [
  ["createPluralKitClient", createPluralKitClient as Factory, "token"],
  ["createPhishermanClient", createPhishermanClient as Factory, "apiKey"],
  ["createPhishStatsClient", createPhishStatsClient as Factory, "apiKey"],
  ["createPwnbookClient", createPwnbookClient as Factory, "apiKey"],
  ["createHusqyClient", createHusqyClient as Factory, "token"],
];

let server: Server;
let baseUrl: string;
const received: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify({ id: "exmpl", data: {} }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe.each(factories)("%s", (factory, create, credential) => {
  const other = credential === "token" ? "apiKey" : "token";
  test.each([
    [{ [other]: SECRET }, `${factory}: unknown option ${other}; did you mean ${credential}?`],
    [{ timeoutMS: 5000 }, `${factory}: unknown option timeoutMS; did you mean timeoutMs?`],
    [{ baseURL: "https://example.org" }, `${factory}: unknown option baseURL; did you mean baseUrl?`],
    [{ retry: { retries: 5 } }, `${factory}: unknown option retry.retries; did you mean retry.limit?`],
    [{ rateLimit: { maxWait: 1000 } }, `${factory}: unknown option rateLimit.maxWait; did you mean rateLimit.maxWaitMs?`],
    [
      { userAgent: "bot\u0000" },
      `${factory}: userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+0000, which a header value cannot carry`,
    ],
    [
      { userAgent: "bot\u007f" },
      `${factory}: userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+007F, which a header value cannot carry`,
    ],
    [
      { userAgent: "bøt" },
      `${factory}: userAgent must be printable ASCII on one line (RFC 9110 §5.5): it holds U+00F8, which a header value cannot carry`,
    ],
  ])("%j is refused at construction", (options, message) => {
    let thrown: unknown;
    try {
      create(options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toBe(message);
    expect((thrown as Error).message).not.toContain(SECRET);
  });
});

describe("a missing credential fails before any request where the spec demands one", () => {
  test.each([
    [
      "Phisherman: getDomainInfo",
      () => createPhishermanClient({ baseUrl }).GET("/domains/info/{domain}", { params: { path: { domain: "a.example" } } }),
      "apiKey",
      "createPhishermanClient",
    ],
    ["Pwnbook: listEngagements", () => createPwnbookClient({ baseUrl }).GET("/engagements"), "apiKey", "createPwnbookClient"],
    [
      "Husqy: getServerSettings",
      () => createHusqyClient({ baseUrl }).GET("/settings", { params: { query: { guild_id: "1187654321098765432" } } }),
      "token",
      "createHusqyClient",
    ],
    [
      "PluralKit: updateSystem (owner only)",
      () =>
        createPluralKitClient({ baseUrl }).PATCH("/systems/{systemRef}", { params: { path: { systemRef: "@me" } }, body: { name: "x" } }),
      "token",
      "createPluralKitClient",
    ],
  ])("%s", async (_name, call, option, factory) => {
    const before = received.length;
    const failure = await call().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MissingCredentialError);
    expect((failure as Error).message).toContain(`needs a credential: pass { ${option} } to ${factory}; nothing was sent`);
    expect(received.length - before).toBe(0);
  });

  test.each([
    [
      "PluralKit: getSystem",
      () => createPluralKitClient({ baseUrl }).GET("/systems/{systemRef}", { params: { path: { systemRef: "exmpl" } } }),
    ],
    ["PhishStats: listPhishing", () => createPhishStatsClient({ baseUrl }).GET("/phishing", {})],
    ["Husqy: getGeneralLiveness", () => createHusqyClient({ baseUrl }).GET("/livez")],
  ])("%s goes out anonymously", async (_name, call) => {
    const before = received.length;
    const { response } = await call();
    expect(response.status).toBe(200);
    expect(received.length - before).toBe(1);
  });
});
