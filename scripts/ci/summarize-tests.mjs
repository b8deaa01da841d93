#!/usr/bin/env node
// Totals every vitest JSON report (packages/*/reports/vitest.json,
// scripts/*/reports/vitest.json, examples/reports/vitest.json) into the one line CI reads:
// "N passed, N failed". A test file that failed to load counts as a failure.
//
// A CI step that failed outside any test (lint, typecheck, size, a regenerated
// file that differs) counts as one failure too, so the line never reads
// "0 failed" on a red run: pass them as `--failed-step <name>` (repeatable).
// `pnpm test` fails whenever a test does, so it only counts on its own when the
// reports hold no failed test (then something else in it failed: lint, size…).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
const reports = [];
const workspaces = ["packages", "scripts"].flatMap((group) => readdirSync(group).map((name) => join(group, name))).concat("examples");
for (const workspace of workspaces) {
  const report = join(workspace, "reports", "vitest.json");
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // Suites that failed without a failing test (an import error) still count.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === "failed" && file.assertionResults.every((t) => t.status !== "failed"),
  );
  failed += brokenFiles.length;
  reports.push(`${report}: ${json.numPassedTests} passed, ${json.numFailedTests + brokenFiles.length} failed`);
}
const failedSteps = process.argv.flatMap((arg, i, all) => (arg === "--failed-step" ? [all[i + 1]] : []));
const testsFailed = failed;
for (const step of failedSteps) {
  if (step === "pnpm test" && testsFailed > 0) continue;
  reports.push(`step ${step}: failed`);
  failed += 1;
}
for (const line of reports) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
