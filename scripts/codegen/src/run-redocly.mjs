// Runs the pinned @redocly/cli as a child process. Its Node 20 deprecation
// banner goes to stderr and does not affect the exit code (toolchain.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const cliBin = join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");

/** @param {string[]} args @param {{ quiet?: boolean }} [options] */
export function runRedocly(args, options = {}) {
  const result = spawnSync(process.execPath, [cliBin, ...args], {
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    throw new Error(`redocly ${args[0]} failed (exit ${result.status}):\n${output}`);
  }
  if (!options.quiet) process.stdout.write(withoutBanner(output));
  return output;
}

// Redocly 2.77 prints a multi-line Node 20 end-of-life notice on every run.
/** @param {string} text */
function withoutBanner(text) {
  return text
    .split("\n")
    .filter((line) => !/[║╔╚]/.test(line))
    .filter(
      (line) =>
        !/Node\.js 20|end-of-life|Future Redocly CLI releases|You are using Node\.js|Update Node\.js|Deprecation warning/.test(line),
    )
    .join("\n")
    .replace(/^\s*\n/, "");
}
