// Every Phisherman operation, and every error status it declares, through the
// real client against a real Prism process.
import { describeOperationContracts, type OperationCase } from "@api-clients/contract-kit";
import type { OperationId, PhishermanClient } from "../../src/index.js";
import { mockClient, recorder, spec, validateBody } from "./harness.js";

const domain = { path: { domain: "suspicious.test.phisherman.gg" } };

const cases = {
  checkDomain: (pk, { headers }) => pk.GET("/domains/check/{domain}", { params: domain, headers }),
  getDomainInfo: (pk, { headers }) => pk.GET("/domains/info/{domain}", { params: domain, headers }),
  reportCaughtPhish: (pk, { headers }) =>
    pk.POST("/phish/caught/{domain}", { params: domain, body: { guild: "466707357099884544" }, headers }),
  bulkReportCaughtPhish: (pk, { headers }) =>
    pk.POST("/phish/caught/bulk", { body: { "end-user-key": { "https://scam.example/x": [1700000000] } }, headers }),
  reportNewPhish: (pk, { headers }) => pk.PUT("/phish/report", { body: { url: "https://scam.example/x" }, headers }),
} satisfies Record<OperationId, OperationCase<PhishermanClient>>;

describeOperationContracts({ spec, calls: recorder.calls, validateBody, client: () => mockClient(), cases });
