// What the shared middleware needs to know about PluralKit that is code, not
// spec data: its auth scheme and its error envelope.
// Limits and operations come from the spec (src/generated/metadata.ts).
import type { ApiDefinition } from "@api-clients/middleware";
import { apiMetadata } from "./generated/metadata.js";

export const pluralKitDefinition = {
  metadata: apiMetadata,
  // https://pluralkit.me/api#authentication: the raw token, no "Bearer".
  auth: { type: "raw", header: "Authorization" },
  credentialName: "token",
  defaultUserAgent: "@api-clients/pluralkit",
  // https://pluralkit.me/api/errors: { code, message, errors?, retry_after? }
  parseError(body) {
    const envelope = (body ?? {}) as { code?: unknown; message?: unknown };
    return {
      code: typeof envelope.code === "number" ? envelope.code : undefined,
      message: typeof envelope.message === "string" ? envelope.message : undefined,
    };
  },
} as const satisfies ApiDefinition;
