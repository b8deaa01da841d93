#!/usr/bin/env node
// pnpm mock <api> [--port N]: a Prism mock of one API on loopback, until Ctrl-C.
import { bundledSpecPath, startPrism } from "../src/index.mjs";

const args = process.argv.slice(2);
const api = args.find((arg) => !arg.startsWith("-"));
const portIndex = args.indexOf("--port");
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
if (!api || (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))) {
  console.error("usage: pnpm mock <api> [--port N]   e.g. pnpm mock pluralkit");
  process.exit(2);
}
try {
  const server = await startPrism({ spec: bundledSpecPath(api), port });
  console.log(`${api} mock listening on ${server.url}`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
