#!/usr/bin/env node
// api-spec lint <api> | api-spec generate <api>
import { generate, lintSpec } from "../src/commands.mjs";

const [command, api] = process.argv.slice(2);
const commands = { lint: lintSpec, generate };
if (!commands[command] || !api) {
  console.error("usage: api-spec <lint|generate> <api>   e.g. api-spec generate pluralkit");
  process.exit(2);
}
try {
  await commands[command](api);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
