import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

// ESM + CommonJS + declarations for both; the bundled spec ships beside them
// so consumers (and their mocks) can read the exact contract the types follow.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  onSuccess: async () => copyFileSync("src/generated/openapi.json", "dist/openapi.json"),
});
