// The worst the PhishStats server can send must still match the spec (see
// specs/CONVENTIONS.md, "Responses and requests are not mirror images").
// PhishStats takes no request bodies, so there is no request side to check.
import { describe, expect, expectTypeOf, test } from "vitest";
import { createResponseValidator, loadBundledSpec } from "@api-clients/contract-kit";
import type { components, PhishingRecord } from "../../src/index.js";

const spec = loadBundledSpec("phishstats");
const validateResponse = createResponseValidator(spec);

describe("responses: worst cases the server can send", () => {
  test("`_fields` can leave out any field, id and url included", () => {
    expect(validateResponse("/phishing", "get", 200, [{ score: 7.2, date: "2025-03-02T11:45:09.000Z" }])).toEqual([]);
    expect(validateResponse("/phishing", "get", 200, [{ url: "https://x.example/" }, {}])).toEqual([]);
  });

  test("types: the raw response's fields are all optional; records() (which never sends `_fields`) still has id and url", () => {
    expectTypeOf<components["schemas"]["PhishingRecord"]["id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PhishingRecord["id"]>().toEqualTypeOf<number>();
    expectTypeOf<PhishingRecord["url"]>().toEqualTypeOf<string>();
  });

  test("a legacy row with a null first-seen date", () => {
    expect(validateResponse("/phishing", "get", 200, [{ id: 1, url: "http://old.example/", date: null, date_update: null }])).toEqual([]);
  });

  test("a 429 names a limit type outside the three seen so far", () => {
    const body = { error: "Monthly quota reached.", limit_type: "monthly", limit: 30000, quota_resets_at: "2025-04-01T00:00:00.000Z" };
    expect(validateResponse("/phishing", "get", 429, body)).toEqual([]);
  });

  test("what PhishStats writes itself keeps its shape: quota_resets_at is a date-time", () => {
    expect(validateResponse("/phishing", "get", 429, { error: "x", limit_type: "daily", quota_resets_at: "tomorrow" })).not.toEqual([]);
  });
});

// Every schema a response can reach, checked for write-time keywords: a new
// one has to be justified here or moved to a request schema.
const WRITE_TIME = ["maxLength", "minLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "maxItems", "enum"];
const SERVER_FORMATS = new Set(["date-time"]);

function responseSchemaProblems(document: any): string[] {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const resolve = (node: any) => (typeof node?.$ref === "string" ? resolveRef(document, node.$ref) : node);
  const visit = (node: any, where: string) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (typeof node.$ref === "string") return visit(resolveRef(document, node.$ref), node.$ref);
    for (const keyword of WRITE_TIME) if (keyword in node) problems.push(`${where}: ${keyword}`);
    if (typeof node.format === "string" && !SERVER_FORMATS.has(node.format)) problems.push(`${where}: format ${node.format}`);
    for (const [name, child] of Object.entries(node.properties ?? {})) visit(child, `${where}/${name}`);
    for (const key of ["items", "additionalProperties", "not"]) visit(node[key], `${where}/${key}`);
    for (const key of ["oneOf", "anyOf", "allOf", "prefixItems"]) for (const child of node[key] ?? []) visit(child, `${where}/${key}`);
  };
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      for (const [status, declared] of Object.entries<any>(operation?.responses ?? {})) {
        const response = resolve(declared);
        const at = `${method.toUpperCase()} ${path} ${status}`;
        for (const media of Object.values<any>(response.content ?? {})) visit(media.schema, at);
        for (const [name, header] of Object.entries<any>(response.headers ?? {})) visit(resolve(header).schema, `${at} header ${name}`);
      }
    }
  }
  return problems;
}

function resolveRef(document: any, ref: string): any {
  return ref
    .slice(2)
    .split("/")
    .reduce((node, token) => node?.[token.replace(/~1/g, "/").replace(/~0/g, "~")], document);
}

test("no response schema carries write-time validation", () => {
  expect(responseSchemaProblems(spec)).toEqual([]);
});
