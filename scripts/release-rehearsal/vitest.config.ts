import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    // Installs, publishes and mock servers: generous, since CI runs this beside every other suite on 2 cores.
    testTimeout: 240_000,
    hookTimeout: 300_000,
    // Each package's install-and-run in parallel, a few at a time.
    maxConcurrency: 4,
  },
});
