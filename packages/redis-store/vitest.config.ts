import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own redis-server; run them one at a time on 2 cores.
    fileParallelism: false,
  },
});
