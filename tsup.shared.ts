// The one build every public package uses: ESM + CommonJS + declarations for
// both, from src/index.ts. API packages also ship their bundled spec as
// dist/openapi.json, so consumers (and their mocks) can read the exact
// contract the types follow. A package with src/testing.ts (an API's test
// kit, `@api-clients/<api>/testing`) builds it as a second entry, on its own:
// no chunk is shared with src/index.ts, so the client's bundle stays exactly
// what it was. The kit reads the spec from the shipped dist/openapi.json
// (an external JSON import) rather than inlining a copy of it. Every package
// ships the repository's LICENSE (npm packs a package's own folder, so it is
// copied there; not committed).
import { copyFileSync, existsSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/** `import document from "./generated/openapi.json" with { type: "json" }` in src/ becomes an import of the shipped dist/openapi.json. */
const shippedSpec: EsbuildPlugin = {
  name: "shipped-spec",
  setup(build) {
    build.onResolve({ filter: /(^|\/)generated\/openapi\.json$/ }, () => ({ path: "./openapi.json", external: true }));
  },
};

export function libraryConfig({ shipSpec = false }: { shipSpec?: boolean } = {}) {
  const testing = existsSync("src/testing.ts"); // tsup runs in packages/<name>/
  return defineConfig({
    entry: testing ? ["src/index.ts", "src/testing.ts"] : ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    splitting: false,
    esbuildPlugins: testing ? [shippedSpec] : [],
    // Node needs `with { type: "json" }` on the spec's import; esbuild drops it for targets before ES2025 unless told.
    esbuildOptions(options) {
      options.supported = { ...options.supported, "import-attributes": true };
    },
    onSuccess: async () => {
      copyFileSync(new URL("./LICENSE", import.meta.url), "LICENSE"); // the repository's, beside this file
      if (shipSpec) copyFileSync("src/generated/openapi.json", "dist/openapi.json");
    },
  });
}
