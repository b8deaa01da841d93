import { expect, test } from "vitest";
import { MemoryStore } from "../../src/index.js";
import { json, scriptedFetch } from "../helpers/scripted-fetch.js";
import { testClient } from "../helpers/test-api.js";

const SECRET = "sk_live_LOGGED_NOWHERE_91c2";

test("the logger reports retries, pauses and a rejected credential, and never the credential", async () => {
  const lines: string[] = [];
  const logger = { debug: (m: string) => lines.push(m), info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
  const { fetch } = scriptedFetch(
    json(503, {}),
    json(429, { retry_after: 5 }),
    new TypeError("fetch failed"),
    json(200, { id: "a1" }),
    json(401, { code: 0, message: "bad token" }),
  );
  const client = testClient({
    token: SECRET,
    fetch,
    logger,
    retry: { limit: 3, initialDelayMs: 1 },
    rateLimit: { store: new MemoryStore() },
  });
  await client.GET("/items/{itemId}", { params: { path: { itemId: `q?token=${SECRET.slice(0, 3)}` } } });
  await client.GET("/items/{itemId}", { params: { path: { itemId: "a1" } } });
  expect(lines.some((l) => l.includes("503"))).toBe(true);
  expect(lines.some((l) => l.includes("429"))).toBe(true);
  expect(lines.some((l) => l.includes("ConnectionError"))).toBe(true);
  expect(lines.some((l) => l.includes("401"))).toBe(true);
  for (const line of lines) expect(line).not.toContain(SECRET);
});
