// Runs one example file as a user would (tsx, in its own process) against
// `pnpm mock <api>` for each API it imports, and a real redis-server when it
// uses the Redis store. Credentials are test values of the right shape.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { type RedisServer, startRedisServer } from "@api-clients/contract-kit";
import { knownApis } from "@api-clients/mock";
import { repoRoot } from "../readme-examples.mjs";

const run = promisify(execFile);

/** The credential each example reads, with a value each client accepts. */
export const TEST_CREDENTIALS = {
  PLURALKIT_TOKEN: "pk-example-token",
  PHISHERMAN_API_KEY: "example-phisherman-key",
  PHISHSTATS_API_KEY: "psk_example",
  PWNBOOK_API_KEY: "pwbk_test_example",
  HUSQY_TOKEN: "husqy-example-token",
};

/** `pnpm mock <api>` as a user starts it; resolves with the URL it prints. */
export function pnpmMock(api: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn("pnpm", ["mock", api], { cwd: repoRoot, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const url = /mock listening on (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop: () => process.kill(-child.pid!, "SIGINT") });
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`pnpm mock ${api} exited with ${code}: ${output}`)));
  });
}

/**
 * The APIs an example needs `pnpm mock` for: those it imports a client of
 * (`@api-clients/<api>`), except those it serves itself with the API's test
 * kit (`@api-clients/<api>/testing` or the kit bound to the API's spec, on MSW).
 */
export function apisOf(example: string): string[] {
  const source = readFileSync(join(repoRoot, example), "utf8");
  const servesItself = (api: string) =>
    source.includes(`"@api-clients/${api}/testing"`) ||
    (source.includes('"@api-clients/testing-kit"') && source.includes(`"@api-clients/${api}/openapi.json"`));
  return knownApis().filter((api) => source.includes(`"@api-clients/${api}"`) && !servesItself(api));
}

/** One `pnpm mock <api>` per API for all the examples that use it (a mock holds no state between calls). */
const running = new Map<string, Promise<{ url: string; stop: () => void }>>();
const mockFor = (api: string) => {
  let mock = running.get(api);
  if (!mock) {
    mock = pnpmMock(api);
    running.set(api, mock);
  }
  return mock;
};

/** Stops every mock the examples started. */
export async function stopMocks(): Promise<void> {
  for (const mock of running.values()) (await mock).stop();
  running.clear();
}

export async function runExample(example: string): Promise<{ stdout: string; stderr: string }> {
  const source = readFileSync(join(repoRoot, example), "utf8");
  const mocks = await Promise.all(apisOf(example).map(async (api) => ({ api, ...(await mockFor(api)) })));
  let redis: RedisServer | undefined;
  try {
    if (source.includes("@api-clients/redis-store")) redis = await startRedisServer();
    const env: Record<string, string> = { ...process.env, ...TEST_CREDENTIALS } as Record<string, string>;
    for (const { api, url } of mocks) env[`${api.toUpperCase()}_BASE_URL`] = url;
    if (redis) env.REDIS_URL = redis.url;
    // From examples/, where tsx and the packages are installed, as in a user's project.
    return await run(process.execPath, ["--import", "tsx", join(repoRoot, example)], {
      cwd: join(repoRoot, "examples"),
      env,
      timeout: 30_000,
    });
  } finally {
    await redis?.stop();
  }
}
