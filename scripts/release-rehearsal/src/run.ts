// Asynchronous child processes only: the local registry runs inside this
// process (local-registry.ts), so a synchronous spawn would block the very
// server the child is talking to.
import { execFile } from "node:child_process";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs a command to its end and resolves with its exit code and output, whatever the code. */
export function attempt(command: string, args: string[], { cwd, env = process.env, timeoutMs = 180_000 }: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && code === 1 && !stderr ? `${stderr}${error.message}` : stderr });
    });
  });
}

/** Runs a command and rejects, with everything it printed, unless it exits with 0. */
export async function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const result = await attempt(command, args, options);
  if (result.code !== 0) {
    throw new Error(`\`${command} ${args.join(" ")}\` in ${options.cwd} exited with ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/**
 * This environment without what pnpm and npm put there for the script that
 * runs us (npm_config_*, npm_package_*, pnpm's own): a child npm then reads
 * only its own defaults, the user's config and the project's .npmrc, as on a
 * user's machine. Never any audit: it would send our package names to the
 * public registry.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_)/i.test(key) && key !== "NODE_PATH") env[key] = value;
  }
  return { ...env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", ...extra };
}
