// The call every bot makes: is this domain a phish? Phisherman answers an
// unknown domain with 404 *and* a normal body (its docs also show 200 for the
// same answer), and the classification's case varies, so this reads both and
// returns one lowercase shape. Any other status throws the typed ApiError.
import { unwrap } from "@api-clients/middleware";
import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { normalizeDomain } from "./normalize-domain.js";

export type Classification = "safe" | "suspicious" | "malicious" | "unknown";

export interface DomainCheck {
  /** The host name that was checked (lowercase, punycode). */
  domain: string;
  classification: Classification;
  /** Volunteers or other sources confirmed it as malicious. */
  verifiedPhish: boolean;
  /** `malicious`, or any verified phish: what a bot should act on. */
  isPhish: boolean;
}

const KNOWN = new Set<Classification>(["safe", "suspicious", "malicious", "unknown"]);

export function toClassification(value: string): Classification {
  const lower = value.toLowerCase() as Classification;
  return KNOWN.has(lower) ? lower : "unknown";
}

export async function classifyDomain(
  client: Client<paths>,
  input: string,
  init: { signal?: AbortSignal | undefined } = {},
): Promise<DomainCheck> {
  const domain = normalizeDomain(input, "classifyDomain");
  const result = await client.GET("/domains/check/{domain}", { params: { path: { domain } }, ...init });
  const status = result.response.status;
  const body = status === 200 ? result.data : status === 404 ? result.error : await unwrap(result);
  if (!body || typeof body !== "object" || !("classification" in body)) {
    throw new TypeError(`classifyDomain: Phisherman answered ${status} without a classification`);
  }
  const classification = toClassification(String(body.classification));
  const verifiedPhish = body.verifiedPhish === true;
  return { domain, classification, verifiedPhish, isPhish: classification === "malicious" || verifiedPhish };
}
