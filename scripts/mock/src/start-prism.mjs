// Starts `prism mock` on a loopback port and resolves once it listens.
// Prism 5.14.2 is the last release that runs on Node 20 (CONTRIBUTING.md, "Toolchain").
// `--errors` makes Prism answer an invalid request with an error instead of a
// best-effort mock: with the operation's declared 400/422, else its own 422.
// Prism serves a spec's paths at its root, so it is given a copy whose paths
// carry the server's base path (base-path.mjs), and the URL it resolves with
// works as a client's baseUrl as it is.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { underBasePath } from "./base-path.mjs";
import { freePort } from "./free-port.mjs";

const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");

/**
 * @param {import("./index.d.ts").StartPrismOptions} options
 * @returns {Promise<import("./index.d.ts").PrismServer>}
 */
export async function startPrism({ spec, port, host = "127.0.0.1", errors = true, startTimeoutMs = 60_000 }) {
  const { document, basePath } = underBasePath(JSON.parse(readFileSync(spec, "utf8")));
  const work = mkdtempSync(join(tmpdir(), "api-clients-mock-"));
  const served = join(work, "openapi.json");
  writeFileSync(served, JSON.stringify(document));

  const chosenPort = port ?? (await freePort(host));
  const args = [prismBin, "mock", served, "-h", host, "-p", String(chosenPort)];
  if (errors) args.push("--errors");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  child.once("exit", cleanUp);

  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${startTimeoutMs} ms`)), startTimeoutMs);
    const onData = (chunk) => {
      output += chunk;
      if (/Prism is listening on/.test(output)) {
        clearTimeout(timer);
        resolve(`http://${host}:${chosenPort}${basePath}`);
      }
    };
    const fail = (error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message}. Prism said:\n${output.slice(-4000)}`));
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", onData);
    child.once("exit", (code) => fail(new Error(`Prism exited with code ${code} before listening`)));
  });
  child.removeAllListeners("exit");
  child.once("exit", cleanUp);
  // Keep draining Prism's request log so its pipe never fills and blocks it.
  child.stdout.removeAllListeners("data").resume();
  child.stderr.removeAllListeners("data").resume();

  return {
    url,
    basePath,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
