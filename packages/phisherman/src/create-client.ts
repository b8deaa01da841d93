import { createApiClient, type WithOperations, withOperations } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import { classifyDomain, type DomainCheck } from "./classify-domain.js";
import type { PhishermanClientOptions } from "./client-options.js";
import { phishermanDefinition } from "./definition.js";
import { apiMetadata } from "./generated/metadata.js";
import type { NamedOperations } from "./generated/operations.js";
import type { components, paths } from "./generated/schema.js";
import { type GuildId, guildIdToWire } from "./guild-id.js";
import { normalizeDomain } from "./normalize-domain.js";

/**
 * openapi-fetch's path form, a method per operation (`phisherman.getDomainInfo({ domain })`),
 * `paginate`, and the two calls every bot makes, which take a URL or a host:
 * `classifyDomain` and `reportCaught`. (The operations they wrap keep their
 * own names: `checkDomain({ domain })` and `reportCaughtPhish({ domain, body })`.)
 */
export type PhishermanClient = Client<paths, "application/json"> &
  WithOperations<NamedOperations, typeof apiMetadata.operations> & {
    /** Classifies a domain or URL; `unknown` whether Phisherman answered 200 or 404. Needs API.READ. */
    classifyDomain(domainOrUrl: string, init?: { signal?: AbortSignal | undefined }): Promise<DomainCheck>;
    /**
     * Reports that your bot caught a known phishing domain (API.UPDATE), given
     * a URL or a host. The guild ID is sent as an exact decimal string.
     */
    reportCaught(
      domainOrUrl: string,
      options?: { guild?: GuildId | undefined; signal?: AbortSignal | undefined },
    ): ReturnType<NamedOperations["reportCaughtPhish"]>;
  };

export type DomainInfo = components["schemas"]["DomainInfo"];

/**
 * A typed client for Phisherman v2, paced at its 30 requests per 10 s, with
 * the domain check every bot needs on top.
 *
 * ```ts
 * const phisherman = createPhishermanClient({ apiKey: process.env.PHISHERMAN_KEY, userAgent: "MyBot (+https://example.org)" });
 * const { isPhish, classification } = await phisherman.classifyDomain("https://free-nitro.example/claim");
 * ```
 */
export function createPhishermanClient(options: PhishermanClientOptions = {}): PhishermanClient {
  const client = createApiClient<paths, "apiKey">("createPhishermanClient", phishermanDefinition, options);
  const operations = withOperations<NamedOperations, typeof apiMetadata.operations>(client as never, apiMetadata.operations);
  return Object.assign(client, operations, {
    classifyDomain: (domainOrUrl: string, init?: { signal?: AbortSignal | undefined }) => classifyDomain(client, domainOrUrl, init),
    reportCaught: async (
      domainOrUrl: string,
      { guild, signal }: { guild?: GuildId | undefined; signal?: AbortSignal | undefined } = {},
    ) => {
      const domain = normalizeDomain(domainOrUrl, "reportCaught");
      const body = guild === undefined ? {} : { guild: guildIdToWire(guild, "reportCaught") };
      return operations.reportCaughtPhish({ domain, body }, signal ? { signal } : {});
    },
  });
}
