// Every README's example is a file in examples/, identical to the README's
// block, typechecked strictly (tsconfig.json: exactOptionalPropertyTypes) and
// run here against `pnpm mock` as a user would run it.
import { afterAll, describe, expect, test } from "vitest";
import { readmeProblems, readmes, tsBlocks } from "../readme-examples.mjs";
import { runExample, stopMocks } from "./run-example.js";

const examples = [...new Set(readmes().flatMap((readme) => tsBlocks(readme).map((block) => block.file as string)))];

test("every README ts block is an example file, identical to it", () => {
  expect(readmeProblems()).toEqual([]);
});

test("the root README and every package README have an example", () => {
  const without = readmes().filter((readme) => readme !== "packages/docs/README.md" && tsBlocks(readme).length === 0);
  expect(without).toEqual([]);
});

describe("each example runs against pnpm mock", () => {
  afterAll(stopMocks);
  test.each(examples)(
    "%s",
    async (example) => {
      const { stdout, stderr } = await runExample(example);
      expect(stderr).not.toMatch(/Error|warn/i);
      expect(stdout.trim().length).toBeGreaterThan(0);
    },
    60_000,
  );
});
