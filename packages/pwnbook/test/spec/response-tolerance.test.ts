// The worst the Pwnbook server can send must still match the spec (see
// specs/CONVENTIONS.md, "Responses and requests are not mirror images"), and
// what it refuses must still be refused by the request schemas.
import { describe, expect, expectTypeOf, test } from "vitest";
import { createRequestBodyValidator, createResponseValidator, loadBundledSpec, responseSchemaProblems } from "@api-clients/contract-kit";
import type { Engagement, operations } from "../../src/index.js";

const spec = loadBundledSpec("pwnbook");
const validateResponse = createResponseValidator(spec);
const validateRequest = createRequestBodyValidator(spec);

const engagement = {
  id: "eng_7h2k9m4p1q8r3s6t0v5w",
  name: "Northwind web application test",
  description: null,
  status: "active",
  createdAt: "2025-02-03T09:00:00.000Z",
  updatedAt: "2025-02-10T16:45:12.000Z",
};

describe("responses: worst cases the server can send", () => {
  test("an engagement status beyond active/archived", () => {
    const completed = { ...engagement, status: "completed" };
    expect(validateResponse("/engagements/{id}", "get", 200, { data: completed })).toEqual([]);
    expect(
      validateResponse("/engagements", "get", 200, { data: [completed], meta: { total: 1, page: 1, perPage: 20, totalPages: 1 } }),
    ).toEqual([]);
  });

  test("page counters as the server computed them, with no range enforced (page 0, perPage 0)", () => {
    expect(validateResponse("/engagements", "get", 200, { data: [], meta: { total: 0, page: 0, perPage: 0, totalPages: 0 } })).toEqual([]);
  });

  test("an organization without a plan (null, e.g. self-hosted) and with odd counts", () => {
    const organization = { id: "org_1", name: "Self-hosted", slug: "self-hosted", plan: null, memberCount: -1, engagementCount: 0 };
    expect(validateResponse("/organizations/current", "get", 200, { data: organization })).toEqual([]);
  });

  test("a member who has not joined yet", () => {
    const member = { id: "usr_1", email: "new@x.example", name: null, role: "member", joinedAt: null };
    expect(validateResponse("/organizations/current/members/{userId}", "patch", 200, { data: member })).toEqual([]);
  });

  test("types: the response status is open, the list filter keeps the documented two", () => {
    expectTypeOf<Engagement["status"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<NonNullable<operations["listEngagements"]["parameters"]["query"]>["status"]>>().toEqualTypeOf<
      "active" | "archived"
    >();
  });
});

describe("requests: what the server refuses is still refused", () => {
  test("an engagement needs a non-empty name", () => {
    expect(validateRequest("/engagements", "post", { name: "Acme", description: "Q1" })).toEqual([]);
    expect(validateRequest("/engagements", "post", { description: "no name" })).not.toEqual([]);
    expect(validateRequest("/engagements", "post", { name: "" })).not.toEqual([]);
  });

  test("an engagement update changes something, and not the name to empty", () => {
    expect(validateRequest("/engagements/{id}", "patch", {})).not.toEqual([]);
    expect(validateRequest("/engagements/{id}", "patch", { name: "" })).not.toEqual([]);
  });

  test("the organization name cannot be emptied; an invite needs an address; a role change needs a role", () => {
    expect(validateRequest("/organizations/current", "patch", { name: "" })).not.toEqual([]);
    expect(validateRequest("/organizations/current/members/invite", "post", { role: "member" })).not.toEqual([]);
    expect(validateRequest("/organizations/current/members/invite", "post", { email: "" })).not.toEqual([]);
    expect(validateRequest("/organizations/current/members/{userId}", "patch", {})).not.toEqual([]);
  });
});

// Every schema a response can reach, checked for write-time keywords: a new
// one has to be justified here or moved to a request schema.
// The error codes stay closed: the docs' error table gives one code per status.
const CLOSED_ON_PURPOSE = /^#\/components\/schemas\/ErrorCode: enum$/;

test("no response schema carries write-time validation", () => {
  expect(responseSchemaProblems(spec).filter((problem) => !CLOSED_ON_PURPOSE.test(problem))).toEqual([]);
});
