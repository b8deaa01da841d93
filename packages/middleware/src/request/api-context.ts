// What every call of one client shares, worked out once when the client is
// built: the API's definition and origin, the operation matcher, the
// credential resolver and the state a 401 leaves, the limiter and the options.
import type { ApiDefinition } from "../api-definition.js";
import type { RateLimitHeaderNames } from "../api-metadata.js";
import type { CredentialResolver } from "../auth/credential-resolver.js";
import type { CredentialRejections } from "../auth/credential-rejections.js";
import type { Logger } from "../logger.js";
import type { MatchedOperation } from "../operation-matcher.js";
import type { RateLimiter } from "../rate-limit/rate-limiter.js";
import type { WindowSelector } from "../rate-limit/window-selector.js";
import type { ResolvedRetryOptions } from "../retry/retry-options.js";
import type { CredentialScope } from "./follow-redirects.js";

export interface ApiContext {
  /** The factory's name (`createPwnbookClient`), for messages that say which option to set. */
  factory: string;
  definition: ApiDefinition;
  fetch: typeof fetch;
  /** Where the credential may go, and the headers that carry it. */
  scope: CredentialScope;
  match(method: string, pathname: string): MatchedOperation | undefined;
  windowsFor: WindowSelector;
  /** The rate-limit headers the API sends (x-rate-limits `headers`), if any. */
  rateLimitHeaders: RateLimitHeaderNames | undefined;
  tierFor(hasCredential: boolean): string | undefined;
  resolveCredential: CredentialResolver;
  rejections: CredentialRejections;
  limiter: RateLimiter;
  retry: ResolvedRetryOptions | false;
  /** Per attempt, body included; undefined for none. Also bounds the wait for a credential function. */
  timeoutMs: number | undefined;
  logger: Logger;
}
