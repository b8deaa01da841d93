// What the shared middleware needs to know about Husqy that is code, not spec
// data. Husqy's docs say what a credential is (a Discord OAuth access token,
// or a server API key from the dashboard) but not how it is sent; we assume a
// Bearer token and say so in the README and the spec. Errors are RFC 9457
// problem details (https://www.rfc-editor.org/rfc/rfc9457): `title` is the
// closest thing to an error code (`NotFound`, `DatabaseError`), and `message`
// or `detail` the text, either of which may be absent.
// https://husqy.xyz/docs/API
// No rate limits are documented, so the spec declares no windows: the
// middleware is reactive only and waits out a 429's Retry-After.
import type { ApiDefinition } from "@api-clients/middleware";
import { apiMetadata } from "./generated/metadata.js";

export const husqyDefinition = {
  metadata: apiMetadata,
  auth: { type: "bearer" },
  credentialName: "token",
  defaultUserAgent: "@api-clients/husqy",
  parseError(body) {
    const problem = (body ?? {}) as { title?: unknown; message?: unknown; detail?: unknown };
    const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
    return { code: text(problem.title), message: text(problem.message) ?? text(problem.detail) };
  },
} as const satisfies ApiDefinition;
