// The record's field names, for checking filter and sort fields at run time
// (the types check them at compile time; see test/unit/where.test.ts, which
// proves this list and the spec's PhishingRecord agree).
import type { components } from "./generated/schema.js";

/**
 * A record as `records()` yields it. The spec leaves every field optional
 * because `_fields` can drop any of them; `records()` never sends `_fields`,
 * and without it every record carries `id` and `url`.
 */
export type PhishingRecord = components["schemas"]["PhishingRecord"] & { id: number; url: string };
export type PhishingField = keyof PhishingRecord & string;

export const PHISHING_FIELDS = [
  "id",
  "url",
  "redirect_url",
  "ip",
  "countrycode",
  "countryname",
  "regioncode",
  "regionname",
  "city",
  "zipcode",
  "latitude",
  "longitude",
  "asn",
  "bgp",
  "isp",
  "title",
  "date",
  "date_update",
  "hash",
  "score",
  "host",
  "domain",
  "tld",
  "domain_registered_n_days_ago",
  "screenshot",
  "abuse_contact",
  "ssl_issuer",
  "ssl_subject",
  "ssl_fingerprint",
  "rank_host",
  "rank_domain",
  "alexa_rank_host",
  "alexa_rank_domain",
  "n_times_seen_ip",
  "n_times_seen_host",
  "n_times_seen_domain",
  "http_code",
  "http_server",
  "google_safebrowsing",
  "virus_total",
  "abuse_ch_malware",
  "threat_crowd",
  "threat_crowd_subdomain_count",
  "threat_crowd_votes",
  "vulns",
  "ports",
  "os",
  "tags",
  "technology",
  "page_text",
] as const satisfies readonly PhishingField[];

/** Fields whose values are numbers: compared as numbers, and `like` makes no sense on them. */
export type NumericField = { [K in PhishingField]: NonNullable<PhishingRecord[K]> extends number ? K : never }[PhishingField];

export const NUMERIC_FIELDS = [
  "id",
  "score",
  "domain_registered_n_days_ago",
  "rank_host",
  "rank_domain",
  "alexa_rank_host",
  "alexa_rank_domain",
  "n_times_seen_ip",
  "n_times_seen_host",
  "n_times_seen_domain",
  "http_code",
  "threat_crowd_subdomain_count",
  "threat_crowd_votes",
] as const satisfies readonly NumericField[];

const known = new Set<string>(PHISHING_FIELDS);
const numeric = new Set<string>(NUMERIC_FIELDS);
export const isNumericField = (name: string): name is NumericField => numeric.has(name);
export const isPhishingField = (name: string): name is PhishingField => known.has(name);
