// The real clients the bench drives, each as "one call" against a base URL,
// and the limits their servers enforce (the spec's numbers, time-scaled
// where a window is long, so that a run sees several windows).
import type { LimiterStore } from "@api-clients/middleware";
import { createPhishermanClient } from "@api-clients/phisherman";
import { apiMetadata as phishStatsMetadata, createPhishStatsClient } from "@api-clients/phishstats";
import { createPluralKitClient } from "@api-clients/pluralkit";
import { createPwnbookClient } from "@api-clients/pwnbook";
import type { LimitSpec } from "./limit-spec.js";

export interface Scenario {
  name: string;
  enforced: LimitSpec;
  /** The limit per period the server allows, sustained (the ratio's yardstick). */
  limit: number;
  periodMs: number;
  /** The first part of a run left out of the ratio (the idle burst). */
  skipMs: number;
  durationMs: number;
  /** One call through the real client, resolving to the HTTP status. */
  client(baseUrl: string, store: LimiterStore, token: string): () => Promise<number>;
}

const status = (call: Promise<{ response: Response }>) => call.then((r) => r.response.status);

export const scenarios: Scenario[] = [
  {
    name: "PluralKit GETs (GCRA 10/s, burst 9)",
    enforced: { kind: "gcra", id: "generic_get", rate: 10, periodMs: 1000, methods: ["GET"] },
    limit: 10,
    periodMs: 1000,
    skipMs: 1000,
    durationMs: 12_000,
    client: (baseUrl, store, token) => {
      const pk = createPluralKitClient({ token, baseUrl: `${baseUrl}/v2`, rateLimit: { store }, retry: false });
      return () => status(pk.GET("/systems/{systemRef}", { params: { path: { systemRef: "exmpl" } } }));
    },
  },
  {
    name: "PluralKit writes (GCRA 3/s, burst 2)",
    enforced: { kind: "gcra", id: "generic_update", rate: 3, periodMs: 1000, methods: ["POST", "PATCH", "DELETE"] },
    limit: 3,
    periodMs: 1000,
    skipMs: 1000,
    durationMs: 12_000,
    client: (baseUrl, store, token) => {
      const pk = createPluralKitClient({ token, baseUrl: `${baseUrl}/v2`, rateLimit: { store }, retry: false });
      return () => status(pk.DELETE("/members/{memberRef}", { params: { path: { memberRef: "mbrab" } } }));
    },
  },
  {
    name: "Phisherman (sliding 30 per 10 s)",
    enforced: { kind: "sliding", id: "per_key", rate: 30, periodMs: 10_000 },
    limit: 30,
    periodMs: 10_000,
    skipMs: 10_000,
    durationMs: 50_000,
    client: (baseUrl, store, token) => {
      const phisherman = createPhishermanClient({ apiKey: token, baseUrl: `${baseUrl}/v2`, rateLimit: { store }, retry: false });
      return () => status(phisherman.GET("/domains/info/{domain}", { params: { path: { domain: "scam.example" } } }));
    },
  },
  {
    name: "Pwnbook (header-announced, fixed 20 per 2 s)",
    enforced: { kind: "announced", id: "announced", rate: 20, periodMs: 2000 },
    limit: 20,
    periodMs: 2000,
    skipMs: 2000,
    durationMs: 20_000,
    client: (baseUrl, store, token) => {
      const pwnbook = createPwnbookClient({
        apiKey: `pwbk_test_${token}`,
        baseUrl: `${baseUrl}/api/v1`,
        rateLimit: { store },
        retry: false,
      });
      return () => status(pwnbook.GET("/engagements"));
    },
  },
  {
    name: "PhishStats free tier (sliding 120/min, ×0.25: 120 per 15 s; daily quota left out)",
    enforced: { kind: "sliding", id: "free_burst", rate: 120, periodMs: 15_000 },
    limit: 120,
    periodMs: 15_000,
    skipMs: 15_000,
    durationMs: 60_000,
    client: (baseUrl, store, token) => {
      const burst = phishStatsMetadata.rateLimits.windows.filter((w) => w.id === "free_burst");
      const phishstats = createPhishStatsClient({
        apiKey: `psk_${token}`,
        baseUrl: `${baseUrl}/api`,
        rateLimit: { store, timeScale: 0.25, windows: burst },
        retry: false,
      });
      return () => status(phishstats.GET("/phishing", { params: { query: {} } }));
    },
  },
];
