#!/usr/bin/env node
// lint-service <api> <service-file>   e.g. lint-service husqy tickets
//
// Lints one service file of a multi-file spec on its own, so that several
// people can work on different services without touching the root: it writes
// a throwaway root beside the real one (same info, servers, security, tags)
// whose paths are all the service file's paths, then runs redocly lint and
// the house-style checks on it. Module paths get their `/modules/<name>`
// prefix; the service called `general` has none.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { apiPaths, checkSpec, redoclyConfig, runRedocly } from "../src/index.mjs";

const [api, service] = process.argv.slice(2);
if (!api || !service) {
  console.error("usage: lint-service <api> <service-file-without-.yaml>");
  process.exit(2);
}
const { specRoot } = apiPaths(api);
const dir = join(specRoot, "..");
const root = parse(readFileSync(specRoot, "utf8"));
// Service files use YAML aliases for long flag lists; only path keys are read here.
const file = parse(readFileSync(join(dir, `${service}.yaml`), "utf8"), { maxAliasCount: -1 });
const prefix = service === "general" ? "" : `/modules/${service}`;
const escapePointer = (path) => path.replaceAll("~", "~0").replaceAll("/", "~1");
const paths = {};
for (const path of Object.keys(file.paths ?? {})) {
  const full = path === "/" && prefix ? prefix : `${prefix}${path}`;
  paths[full] = { $ref: `${service}.yaml#/paths/${escapePointer(path)}` };
}
const scratch = join(dir, `.lint-${service}.yaml`);
writeFileSync(scratch, stringify({ ...root, paths }));
const bundled = join(dir, `.lint-${service}.json`);
try {
  runRedocly(["lint", scratch, "--config", redoclyConfig]);
  runRedocly(["bundle", scratch, "--config", redoclyConfig, "--output", bundled, "--ext", "json"], { quiet: true });
  const problems = checkSpec(JSON.parse(readFileSync(bundled, "utf8")));
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exitCode = 1;
  } else {
    console.log(`${service}: ${Object.keys(paths).length} paths lint clean`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { force: true });
  rmSync(bundled, { force: true });
}
