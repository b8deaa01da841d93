#!/usr/bin/env node
// pnpm mock <api> [--port N]: a Prism mock of one API on loopback, until
// Ctrl-C or SIGTERM. It prints a URL that works as the client's baseUrl.
import { bundledSpecPath, startPrism } from "../src/index.mjs";

const args = process.argv.slice(2);
const api = args.find((arg, i) => !arg.startsWith("-") && args[i - 1] !== "--port");
const portIndex = args.indexOf("--port");
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
if (!api || (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))) {
  console.error("usage: pnpm mock <api> [--port N]   e.g. pnpm mock pluralkit");
  process.exit(2);
}
let server;
try {
  server = await startPrism({ spec: bundledSpecPath(api), port });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
console.log(`${api} mock listening on ${server.url}`);
console.log(`use it as the client's baseUrl, e.g. ${api.toUpperCase().replace(/-/g, "_")}_BASE_URL=${server.url}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("SIGHUP", stop);
// `pnpm mock` runs this under pnpm and a shell. A SIGTERM to pnpm alone ends
// pnpm without passing it on, and this process would be re-parented and keep
// Prism holding the port: so stop when the parent that started us is gone.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 250).unref();
