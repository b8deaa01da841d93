import { createApiClient } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import { checkDomain, type DomainCheck } from "./check-domain.js";
import type { PhishermanClientOptions } from "./client-options.js";
import { phishermanDefinition } from "./definition.js";
import type { components, paths } from "./generated/schema.js";
import { type GuildId, guildIdToWire } from "./guild-id.js";
import { normalizeDomain } from "./normalize-domain.js";

export interface PhishermanClient extends Client<paths, "application/json"> {
  /** Classifies a domain or URL; `unknown` whether Phisherman answered 200 or 404. Needs API.READ. */
  checkDomain(domainOrUrl: string, init?: { signal?: AbortSignal }): Promise<DomainCheck>;
  /**
   * Reports that your bot caught a known phishing domain (API.UPDATE). The
   * guild ID is sent as an exact decimal string.
   */
  reportCaughtPhish(
    domainOrUrl: string,
    options?: { guild?: GuildId; signal?: AbortSignal },
  ): ReturnType<Client<paths, "application/json">["POST"]>;
}

export type DomainInfo = components["schemas"]["DomainInfo"];

/**
 * A typed client for Phisherman v2, paced at its 30 requests per 10 s, with
 * the domain check every bot needs on top.
 *
 * ```ts
 * const phisherman = createPhishermanClient({ apiKey: process.env.PHISHERMAN_KEY, userAgent: "MyBot (+https://example.org)" });
 * const { isPhish, classification } = await phisherman.checkDomain("https://free-nitro.example/claim");
 * ```
 */
export function createPhishermanClient(options: PhishermanClientOptions = {}): PhishermanClient {
  const client = createApiClient<paths, "apiKey">("createPhishermanClient", phishermanDefinition, options);
  return Object.assign(client, {
    checkDomain: (domainOrUrl: string, init?: { signal?: AbortSignal }) => checkDomain(client, domainOrUrl, init),
    reportCaughtPhish: async (domainOrUrl: string, { guild, signal }: { guild?: GuildId; signal?: AbortSignal } = {}) => {
      const domain = normalizeDomain(domainOrUrl, "reportCaughtPhish");
      const body = guild === undefined ? {} : { guild: guildIdToWire(guild, "reportCaughtPhish") };
      return client.POST("/phish/caught/{domain}", { params: { path: { domain } }, body, ...(signal ? { signal } : {}) });
    },
  });
}
