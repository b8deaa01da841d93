// What an API package tells the middleware about its API: the generated
// metadata (limits, operations) plus the few things that are code, not data:
// its auth scheme and how to read its error envelope.
import type { ApiMetadata } from "./api-metadata.js";
import type { AuthScheme } from "./auth/auth-scheme.js";
import type { Pause } from "./rate-limit/limiter-store.js";

/** What an API's error body says, in the API's own terms. */
export interface ErrorEnvelope {
  code?: string | number | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

export interface ApiDefinition {
  /** Generated from the spec: server URL, rate-limit windows and headers, operations. */
  metadata: ApiMetadata;
  auth: AuthScheme;
  /** What the credential option is called in this API's factory (`token`, `apiKey`), for messages. */
  credentialName: string;
  /** Sent when the caller gives no `userAgent`. */
  defaultUserAgent: string;
  /** Reads the API's error envelope (PluralKit `{code,message}`, Pwnbook `{error:{…}}`, …). */
  parseError(body: unknown): ErrorEnvelope;
  /**
   * Reads a 429 body for when to retry, for APIs whose body says more than the
   * headers (PhishStats' daily quotas). Return a `quota` pause to fail fast.
   * Default: the spec's `x-rate-limits.retryAfterBody` field.
   */
  rateLimitPause?(body: unknown, now: number): Pause | undefined;
  /**
   * Which tier's rate-limit windows apply, for APIs whose limits depend on the
   * plan (PhishStats): given whether a credential is sent and the tier the
   * caller asked for. Default: the caller's `rateLimit.tier`.
   */
  tier?(hasCredential: boolean, requested: string | undefined): string | undefined;
  /** Why a credential value cannot be right (e.g. Pwnbook's `pwbk_` prefix), checked before any request. */
  credentialProblem?(credential: string): string | undefined;
  /**
   * Options the API's factory takes beyond the common ones and the credential
   * (PhishStats' `tier` and `cache`), so that they are not refused as unknown
   * and a misspelling of one is suggested.
   */
  extraOptions?: readonly string[];
}
