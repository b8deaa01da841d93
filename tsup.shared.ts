// The one build every public package uses: ESM + CommonJS + declarations for
// both, from src/index.ts. API packages also ship their bundled spec as
// dist/openapi.json, so consumers (and their mocks) can read the exact
// contract the types follow. Every package ships the repository's LICENSE
// (npm packs a package's own folder, so it is copied there; not committed).
import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

export function libraryConfig({ shipSpec = false }: { shipSpec?: boolean } = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    onSuccess: async () => {
      copyFileSync("../../LICENSE", "LICENSE"); // tsup runs in packages/<name>/
      if (shipSpec) copyFileSync("src/generated/openapi.json", "dist/openapi.json");
    },
  });
}
