// The drift check is not vacuous: differences planted in a copy of the
// vendor's polls file all come out, each on its own line, at once.
import { loadBundledSpec } from "@api-clients/contract-kit";
import { expect, test } from "vitest";
import { findDrift, formatDifference } from "./find-drift.js";
import { loadVendorServices } from "./vendor-specs.js";

test("planted differences in every location are all reported", () => {
  const ours = loadBundledSpec("husqy");
  const polls = loadVendorServices("https://api.husqy.xyz/v1").find((service) => service.prefix === "/modules/polls")!;
  const document = structuredClone(polls.document) as any;
  const schemas = document.components.schemas;
  schemas.Module_Polls_Entries.properties.question = { anyOf: [{ type: "string" }, { type: "null" }] }; // response: a null ours refuses
  schemas.Module_Polls_Answers.properties.reactions = { type: "integer" }; // response: a field ours lacks
  schemas.EntriesEntryIdPutRequest.properties.question = { type: "string", maxLength: 300 }; // request: a limit ours lacks
  schemas.EntriesEntryIdPutRequest.required.push("is_anonymous"); // request: newly required
  document.paths["/status"].get.parameters[0].required = false; // parameter
  document.paths["/status"].get.responses["418"] = { description: "teapot" }; // a status ours lacks
  delete document.paths["/entries/{entry_id}/close"]; // an operation the vendor dropped
  document.paths["/archive"] = { get: { operationId: "archive", responses: {} } }; // one it added

  const { differences } = findDrift(ours, [{ ...polls, document }]);
  const lines = differences
    .filter((d) => d.operation.includes(" /modules/polls") && !d.message.startsWith("ours has >= 0"))
    .map(formatDifference)
    // enable, disable and reset answer with the module's polls and answers too: the same two planted fields, left out here.
    .filter(
      (line) => !/^(GET|POST|PUT|DELETE) \/modules\/polls\/(enable|disable|settings) \| response 200 \| data\.(polls|answers)/.test(line),
    );
  expect(lines.sort()).toEqual([
    "DELETE /modules/polls/entries/{entry_id} | response 200 | data.entry.question | vendor allows null; ours only string",
    "GET /modules/polls/archive | operation | (whole body) | ours lacks it (vendor modules/polls/index.openapi.json archive)",
    "GET /modules/polls/entries | response 200 | data.entries[].answers[].reactions | vendor declares it; ours does not",
    "GET /modules/polls/entries | response 200 | data.entries[].entry.question | vendor allows null; ours only string",
    "GET /modules/polls/entries/{entry_id} | response 200 | data.answers[].reactions | vendor declares it; ours does not",
    "GET /modules/polls/entries/{entry_id} | response 200 | data.entry.question | vendor allows null; ours only string",
    "GET /modules/polls/status | param query guild_id | (whole body) | required: vendor false; ours true",
    "GET /modules/polls/status | response 418 | (whole body) | ours declares no such response",
    "POST /modules/polls/entries | response 200 | data.answers[].reactions | vendor declares it; ours does not",
    "POST /modules/polls/entries | response 200 | data.entry.question | vendor allows null; ours only string",
    "POST /modules/polls/entries/{entry_id}/close | operation | (whole body) | the vendor has no such operation",
    "PUT /modules/polls/entries/{entry_id} | request | is_anonymous | optional in ours; required in vendor",
    "PUT /modules/polls/entries/{entry_id} | request | question | ours allows null; vendor only string",
    "PUT /modules/polls/entries/{entry_id} | request | question | vendor has maxLength 300; ours none",
  ]);
});
