// What the shared middleware needs to know about Phisherman that is code, not
// spec data: Bearer auth and the `{ message, error? }` error body.
import type { ApiDefinition } from "@api-clients/middleware";
import { apiMetadata } from "./generated/metadata.js";

interface PhishermanErrorBody {
  message?: unknown;
  error?: unknown;
}

export const phishermanDefinition = {
  metadata: apiMetadata,
  // https://docs.phisherman.gg: every v2 call sends `Authorization: Bearer <key>`.
  auth: { type: "bearer" },
  credentialName: "apiKey",
  defaultUserAgent: "@api-clients/phisherman",
  parseError(body) {
    const { message, error } = (body ?? {}) as PhishermanErrorBody;
    // Validation errors list zod issues under `error`; the first says what is wrong.
    const issue = Array.isArray(error) ? (error[0] as { code?: unknown; message?: unknown } | undefined) : undefined;
    const detail = typeof issue?.message === "string" ? issue.message : undefined;
    const text = typeof message === "string" ? message : undefined;
    return {
      code: typeof issue?.code === "string" ? issue.code : undefined,
      message: text && detail ? `${text} ${detail}` : (text ?? detail),
    };
  },
} as const satisfies ApiDefinition;
