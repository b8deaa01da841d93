// Every Pwnbook operation, and every error status it declares (each with its
// own code: BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, …), through the real client
// against a real Prism process.
import { describe, expect, test } from "vitest";
import { describeOperationContracts, type OperationCase } from "@api-clients/contract-kit";
import type { OperationId, PwnbookClient } from "../../src/index.js";
import { mockClient, recorder, spec, validateBody } from "./harness.js";

const engagement = { path: { id: "eng_7h2k9m4p1q8r3s6t0v5w" } };
const member = { path: { userId: "usr_3e9f1a7b5c2d8e4f6a0c" } };

const cases = {
  listEngagements: (pb, { headers }) =>
    pb.GET("/engagements", { params: { query: { status: "active", page: 1, perPage: 50, sort: "name", order: "asc" } }, headers }),
  createEngagement: (pb, { headers }) => pb.POST("/engagements", { body: { name: "Northwind", description: "Portal test" }, headers }),
  getEngagement: (pb, { headers }) => pb.GET("/engagements/{id}", { params: engagement, headers }),
  updateEngagement: (pb, { headers }) => pb.PATCH("/engagements/{id}", { params: engagement, body: { name: "Northwind retest" }, headers }),
  deleteEngagement: (pb, { headers }) => pb.DELETE("/engagements/{id}", { params: engagement, headers }),
  archiveEngagement: (pb, { headers }) => pb.POST("/engagements/{id}/archive", { params: engagement, headers }),
  unarchiveEngagement: (pb, { headers }) => pb.POST("/engagements/{id}/unarchive", { params: engagement, headers }),
  getOrganization: (pb, { headers }) => pb.GET("/organizations/current", { headers }),
  updateOrganization: (pb, { headers }) => pb.PATCH("/organizations/current", { body: { name: "Harbor Ltd" }, headers }),
  listOrganizationMembers: (pb, { headers }) => pb.GET("/organizations/current/members", { params: { query: { page: 1 } }, headers }),
  inviteOrganizationMember: (pb, { headers }) =>
    pb.POST("/organizations/current/members/invite", { body: { email: "a@b.example", role: "member" }, headers }),
  updateOrganizationMemberRole: (pb, { headers }) =>
    pb.PATCH("/organizations/current/members/{userId}", { params: member, body: { role: "admin" }, headers }),
  removeOrganizationMember: (pb, { headers }) => pb.DELETE("/organizations/current/members/{userId}", { params: member, headers }),
} satisfies Record<OperationId, OperationCase<PwnbookClient>>;

describeOperationContracts({ spec, calls: recorder.calls, validateBody, client: () => mockClient(), cases });

describe("Pwnbook against Prism", () => {
  test("paginate follows meta.totalPages: the mock's single page costs one request", async () => {
    const before = recorder.calls.length;
    const names: string[] = [];
    for await (const engagement of mockClient().paginate("listEngagements", { status: "active" })) names.push(engagement.name);
    expect(names.length).toBeGreaterThan(0);
    expect(recorder.calls.length - before).toBe(1);
  });

  test("a 403 for a missing scope is a typed ForbiddenError with code FORBIDDEN", async () => {
    const { error, response } = await mockClient().POST("/engagements", { body: { name: "x" }, headers: { Prefer: "code=403" } });
    expect(response.status).toBe(403);
    expect(error?.error.code).toBe("FORBIDDEN");
  });
});
