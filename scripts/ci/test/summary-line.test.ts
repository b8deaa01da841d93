// The last line of .ci/run is what CI reads. A red run must never print
// "0 failed": a step that failed outside any test (Biome, a size budget, a
// regenerated file that differs) counts as a failure of its own, and
// `pnpm test` is not counted twice when its failure is a failing test.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect, test } from "vitest";

const script = fileURLToPath(new URL("../summarize-tests.mjs", import.meta.url));
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fake checkout holding one vitest JSON report, then the summary's last line. */
function lastLine(report: { passed: number; failed: number }, ...failedSteps: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "summary-"));
  folders.push(root);
  mkdirSync(join(root, "packages", "demo", "reports"), { recursive: true });
  mkdirSync(join(root, "scripts"));
  writeFileSync(
    join(root, "packages", "demo", "reports", "vitest.json"),
    JSON.stringify({ numPassedTests: report.passed, numFailedTests: report.failed, numPendingTests: 0, testResults: [] }),
  );
  const out = execFileSync("node", [script, ...failedSteps.flatMap((step) => ["--failed-step", step])], {
    cwd: root,
    encoding: "utf8",
  });
  return out.trim().split("\n").at(-1) ?? "";
}

test("a green run reads N passed, 0 failed", () => {
  expect(lastLine({ passed: 12, failed: 0 })).toBe("12 passed, 0 failed");
});

test("pnpm test failing on Biome alone (every test passed) still reads as a failure", () => {
  expect(lastLine({ passed: 12, failed: 0 }, "pnpm test")).toBe("12 passed, 1 failed");
});

test("pnpm test failing because tests failed is not counted twice", () => {
  expect(lastLine({ passed: 10, failed: 2 }, "pnpm test")).toBe("10 passed, 2 failed");
});

test("each other failed step adds one", () => {
  expect(lastLine({ passed: 12, failed: 0 }, "node scripts/ci/check-generated.mjs", "npm run setup")).toBe("12 passed, 2 failed");
});
