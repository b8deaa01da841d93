#!/usr/bin/env node
// How much a consumer pays to typecheck against @api-clients/husqy: a file
// that imports the built package (dist/*.d.ts, what npm users get) and calls
// operations in several modules, checked by tsc (TypeScript 5.9) and by tsgo
// (the native TypeScript 7 preview). The baseline, measured in the same run,
// is the same kind of file against @api-clients/pwnbook (13 operations), so
// the ratio shows what Husqy's ~340 operations cost on top of a small API.
// Run `pnpm build` first. Prints median wall time of 3 runs and tsc's own
// check time, type count and memory (--extendedDiagnostics).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const tsgo = join(dirname(require.resolve("@typescript/native-preview/package.json")), "bin", "tsgo");
const RUNS = 3;

const consumers = {
  husqy: `import { createHusqyClient } from "../../../dist/index.js";
const husqy = createHusqyClient({ token: "t" });
const guild_id = 1187654321098765432n;
export async function main() {
  const general = await husqy.GET("/settings", { params: { query: { guild_id } } });
  const tickets = await husqy.module("tickets").GET("/panels", { params: { query: { guild_id } } });
  const logging = await husqy.module("logging").PUT("/settings", { body: { guild_id, log_games: false } });
  const polls = await husqy.module("polls").GET("/status", { params: { query: { guild_id } } });
  const stats = await husqy.module("serverstats").GET("/status", { params: { query: { guild_id } } });
  return [general.data?.data, tickets.data?.data, logging.data?.data.settings.log_games, polls.data?.data.status, stats.error?.title];
}
`,
  pwnbook: `import { createPwnbookClient } from "../../../../pwnbook/dist/index.js";
const pwnbook = createPwnbookClient({ apiKey: "pwbk_test_x" });
export async function main() {
  const list = await pwnbook.GET("/engagements", { params: { query: { status: "active" } } });
  const one = await pwnbook.GET("/engagements/{id}", { params: { path: { id: "e" } } });
  const created = await pwnbook.POST("/engagements", { body: { name: "n" } });
  const org = await pwnbook.GET("/organizations/current");
  const members = await pwnbook.GET("/organizations/current/members");
  return [list.data?.data, one.data, created.error, org.data, members.data];
}
`,
};

const tsconfig = {
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    noEmit: true,
    skipLibCheck: true,
    types: [],
    typeRoots: [],
  },
  files: ["consumer.ts"],
};

function measure(compiler, dir) {
  const times = [];
  let diagnostics = "";
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    try {
      diagnostics = execFileSync(process.execPath, [compiler, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
    } catch (error) {
      // A type error in the consumer means the measurement is of the wrong thing: say which.
      throw new Error(`${compiler} failed on ${dir}:\n${error.stdout?.split("\nFiles:")[0] ?? error}`);
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const field = (name) => diagnostics.match(new RegExp(`^${name}:\\s+([\\d.]+\\w*)`, "m"))?.[1] ?? "?";
  return { wallMs: times[Math.floor(RUNS / 2)], check: field("Check time"), types: field("Types"), memory: field("Memory used") };
}

const results = {};
for (const [name, source] of Object.entries(consumers)) {
  const dir = join(here, ".consumer", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "consumer.ts"), source);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  results[name] = { tsc: measure(tsc, dir), tsgo: measure(tsgo, dir) };
}
rmSync(join(here, ".consumer"), { recursive: true, force: true });

console.log("typecheck cost of a consumer file (median of 3 runs; baseline: the same file shape against @api-clients/pwnbook)");
for (const compiler of ["tsc", "tsgo"]) {
  const h = results.husqy[compiler];
  const p = results.pwnbook[compiler];
  console.log(
    `${compiler.padEnd(5)} husqy ${h.wallMs.toFixed(0)} ms (check ${h.check}, ${h.types} types, ${h.memory})` +
      ` | pwnbook ${p.wallMs.toFixed(0)} ms (check ${p.check}, ${p.types} types) | ratio husqy/pwnbook ${(h.wallMs / p.wallMs).toFixed(2)}`,
  );
}
