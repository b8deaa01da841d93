// What the shared middleware needs to know about Pwnbook that is code, not
// spec data: Bearer auth, the key format, and the `{ error: { code, message,
// statusCode } }` error body. Its rate limit is announced in X-RateLimit-*
// headers on every response (spec: x-rate-limits.headers), which the
// middleware follows: at Remaining 0, callers wait for Reset.
// https://docs.pwnbook.io/api-reference/authentication
import type { ApiDefinition } from "@api-clients/middleware";
import { apiMetadata } from "./generated/metadata.js";

const KEY_SHAPE = /^pwbk_(live|test)_[A-Za-z0-9_-]+$/;

export const pwnbookDefinition = {
  metadata: apiMetadata,
  auth: { type: "bearer" },
  credentialName: "apiKey",
  defaultUserAgent: "@api-clients/pwnbook",
  credentialProblem: (key) =>
    KEY_SHAPE.test(key) ? undefined : "Pwnbook API keys start with pwbk_live_ (production) or pwbk_test_ (testing)",
  parseError(body) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    return {
      code: typeof error?.code === "string" ? error.code : undefined,
      message: typeof error?.message === "string" ? error.message : undefined,
    };
  },
} as const satisfies ApiDefinition;
