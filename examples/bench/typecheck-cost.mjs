#!/usr/bin/env node
// pnpm bench (in examples): what a consumer pays to typecheck against the
// five clients. A file that imports all five built packages (dist/*.d.ts,
// what npm users get) and calls a few operations of each by name, against an
// empty file with the same tsconfig, measured in the same run, by tsgo (the
// native TypeScript 7 preview) and by tsc 5.9 with skipLibCheck: false.
// Targets: +0.3 s (tsgo) and +1.5 s (tsc) over the empty file. Median of 5.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const tsgo = join(dirname(require.resolve("@typescript/native-preview/package.json")), "bin", "tsgo");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const consumer = `import { createHusqyClient } from "@api-clients/husqy";
import { createPhishermanClient } from "@api-clients/phisherman";
import { createPhishStatsClient } from "@api-clients/phishstats";
import { createPluralKitClient } from "@api-clients/pluralkit";
import { createPwnbookClient } from "@api-clients/pwnbook";

const pk = createPluralKitClient({ token: "t" });
const phisherman = createPhishermanClient({ apiKey: "k" });
const phishstats = createPhishStatsClient();
const pwnbook = createPwnbookClient({ apiKey: "pwbk_test_x" });
const husqy = createHusqyClient({ token: "t" });
const guild_id = "1187654321098765432";

export async function main() {
  const system = await pk.getSystem({ systemRef: "@me" });
  const member = await pk.updateMember({ memberRef: "abcde", body: { name: "Alex" } });
  for await (const sw of pk.paginate("listSystemSwitches", { systemRef: "@me" })) void sw.timestamp;
  const info = await phisherman.getDomainInfo({ domain: "scam.example" });
  const check = await phisherman.classifyDomain("scam.example");
  const records = await phishstats.listPhishing({ _size: 10 });
  const engagements = await pwnbook.listEngagements({ status: "active" });
  for await (const e of pwnbook.paginate("listEngagements", { status: "active" })) void e.name;
  const settings = await husqy.getServerSettings({ guild_id });
  const panels = await husqy.module("tickets").listTicketPanels({ guild_id });
  const polls = await husqy.module("polls").getPollsStatus({ guild_id });
  return [system.data?.id, member.error, info.data, check.isPhish, records.data, engagements.data?.data, settings.data, panels.data, polls.data];
}
`;

const tsconfig = (file) => ({
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  files: [file],
});

function median(compiler, dir) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [compiler, "-p", dir], { encoding: "utf8" });
    } catch (error) {
      // A type error means the measurement is of the wrong thing: say which.
      throw new Error(`${compiler} failed on ${dir}:\n${error.stdout ?? error}`);
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const work = join(here, ".typecheck");
rmSync(work, { recursive: true, force: true });
for (const [name, source] of [
  ["empty", "export {};\n"],
  ["consumer", consumer],
]) {
  mkdirSync(join(work, name), { recursive: true });
  writeFileSync(join(work, name, "file.ts"), source);
  writeFileSync(join(work, name, "tsconfig.json"), JSON.stringify(tsconfig("file.ts")));
}
const results = {};
for (const [compiler, path, target] of [
  ["tsgo", tsgo, 300],
  ["tsc", tsc, 1500],
]) {
  const empty = median(path, join(work, "empty"));
  const used = median(path, join(work, "consumer"));
  results[compiler] = { empty, used, extra: used - empty, target };
}
rmSync(work, { recursive: true, force: true });
console.log(`\ntypecheck cost: all five clients, a few operations of each by name (median of ${RUNS}; skipLibCheck: false)`);
for (const [compiler, r] of Object.entries(results)) {
  console.log(
    `${compiler.padEnd(5)} empty file ${r.empty.toFixed(0)} ms | consumer ${r.used.toFixed(0)} ms | +${r.extra.toFixed(0)} ms (target +${r.target} ms): ${r.extra <= r.target ? "met" : "missed"}`,
  );
}
