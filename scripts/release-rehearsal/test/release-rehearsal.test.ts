// The release, rehearsed end to end on this machine:
//   1. a throwaway copy of the repository runs `changeset version` (and commits it);
//   2. `changeset publish`, what `pnpm release` runs, publishes every public
//      package from that copy to a local Verdaccio with no uplink;
//   3. for each public package, a fresh empty npm project installs it BY NAME
//      with its README's `npm i` line, the way a user gets it, and runs its
//      README's example with tsx against `pnpm mock <api>` (and redis-server).
// A `workspace:` range left in a manifest, a dependency the code needs but
// the manifest lacks, or a file `files` leaves out fails it here, not on npm.
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RedisServer, startRedisServer } from "@api-clients/contract-kit";
import { tsBlocks } from "@api-clients/examples/readme-examples.mjs";
import { apisOf, pnpmMock, TEST_CREDENTIALS } from "@api-clients/examples/test/run-example.ts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createFreshProject,
  exportTargets,
  type FreshProject,
  importedPackages,
  nodeModulesAbove,
  readmeInstall,
  readmeInstalls,
} from "../src/fresh-project.js";
import { type LocalRegistry, SCOPE, startLocalRegistry } from "../src/local-registry.js";
import { run, userEnv } from "../src/run.js";
import { createVersionedCopy, type PublicPackage, publicPackageDirs, publishCopy } from "../src/versioned-copy.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
// The tsx a user would add to run TypeScript; the same release the repository's examples run with.
const TSX = `tsx@${JSON.parse(readFileSync(join(repoRoot, "examples", "package.json"), "utf8")).devDependencies.tsx}`;

let work: string;
let copy: string;
let registry: LocalRegistry | undefined;
let released: PublicPackage[] = [];
let publishLog = "";

beforeAll(async () => {
  const started = Date.now();
  const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  work = mkdtempSync(join(tmpdir(), "api-clients-release-"));
  copy = join(work, "repo");
  released = await createVersionedCopy(repoRoot, copy);
  console.log(`changeset version (${took()}): ${released.map((p) => `${p.name} ${p.previousVersion} → ${p.version}`).join(", ")}`);
  registry = await startLocalRegistry(join(work, "registry"));
  publishLog = await publishCopy(copy, registry);
  console.log(`changeset publish to ${registry.url} done (${took()})`);
}, 300_000);

// One `pnpm mock <api>` per API for the whole run, started when an example first needs it (Prism is stateless).
const mocks = new Map<string, ReturnType<typeof pnpmMock>>();
const mockOf = (api: string) => {
  if (!mocks.has(api)) mocks.set(api, pnpmMock(api));
  return mocks.get(api)!;
};

afterAll(async () => {
  for (const mock of mocks.values()) await mock.then(({ stop }) => stop()).catch(() => {});
  await registry?.stop();
  // REHEARSAL_KEEP=1 keeps the copy and the projects to look at (the registry is gone either way).
  if (work && !process.env.REHEARSAL_KEEP) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${work}`);
});

const packument = async (name: string) => {
  const response = await fetch(`${registry!.url}${name.replace("/", "%2f")}`);
  return { status: response.status, body: (await response.json()) as any };
};

test("changeset version heads each public package's CHANGELOG.md with the version it releases", () => {
  for (const { dir, name, version } of released) {
    const changelog = join(copy, "packages", dir, "CHANGELOG.md");
    expect(existsSync(changelog) && readFileSync(changelog, "utf8").includes(`\n## ${version}\n`), `${name} ${version}`).toBe(true);
  }
});

test("changeset publish put every public package on the local registry at its new version, and tagged it", async () => {
  expect(released.length).toBeGreaterThan(0);
  for (const { name, version } of released) {
    const { status, body } = await packument(name);
    expect(status, `${name}: ${publishLog}`).toBe(200);
    expect(Object.keys(body.versions), name).toEqual([version]);
    expect(body["dist-tags"].latest, name).toBe(version);
  }
  const { stdout: tags } = await run("git", ["tag", "--list"], { cwd: copy, env: userEnv() });
  expect(tags.trim().split("\n").sort()).toEqual(released.map(({ name, version }) => `${name}@${version}`).sort());
});

test("the local registry has no uplink: a name it does not hold is a 404, never fetched from elsewhere", async () => {
  expect((await packument(`${SCOPE}/not-published-here`)).status).toBe(404);
  // Other names are not served at all (401): a user's project gets them from the npm registry.
  expect([401, 403, 404]).toContain((await packument("openapi-fetch")).status);
});

test("a manifest that keeps a workspace: range cannot be installed by name (what the rehearsal guards against)", async () => {
  // Published with plain `npm publish`, which, unlike pnpm, leaves `workspace:` as it is.
  const broken = createFreshProject(join(work, "broken-package"), registry!.url);
  const manifest = { name: `${SCOPE}/rehearsal-broken`, version: "0.0.0", dependencies: { [`${SCOPE}/middleware`]: "workspace:^" } };
  writeFileSync(join(broken.dir, "package.json"), JSON.stringify(manifest));
  appendFileSync(join(broken.dir, ".npmrc"), `${registry!.authLine}\n`);
  await broken.npm("publish", "--registry", registry!.url);
  const user = createFreshProject(join(work, "projects", "broken"), registry!.url);
  const install = await user.tryNpm("install", `${SCOPE}/rehearsal-broken`);
  expect(install.code).not.toBe(0);
  expect(install.stderr).toMatch(/EUNSUPPORTEDPROTOCOL|workspace:/);
});

/** The README examples a user of this package runs: its own README's, and the root README's when its `npm i` names it. */
function examplesOf(dir: string, name: string): string[] {
  const readmes = [`packages/${dir}/README.md`];
  if (readmeInstall(join(repoRoot, "README.md"))?.includes(name)) readmes.push("README.md");
  return [...new Set(readmes.flatMap((readme) => tsBlocks(readme).map((block) => block.file as string)))];
}

/** Runs one example in the project as a user would (`tsx <file>`), against `pnpm mock` for each API it calls. */
async function runExample(project: FreshProject, example: string) {
  const file = basename(example);
  copyFileSync(join(repoRoot, example), join(project.dir, file));
  const env: Record<string, string> = { ...TEST_CREDENTIALS };
  for (const api of apisOf(example)) env[`${api.toUpperCase()}_BASE_URL`] = (await mockOf(api)).url;
  let redis: RedisServer | undefined;
  try {
    if (readFileSync(join(repoRoot, example), "utf8").includes(`"${SCOPE}/redis-store"`)) {
      redis = await startRedisServer();
      env.REDIS_URL = redis.url;
    }
    return await run(join(project.dir, "node_modules", ".bin", "tsx"), [file], { cwd: project.dir, env: userEnv(env), timeoutMs: 60_000 });
  } finally {
    await redis?.stop();
  }
}

describe.concurrent("each public package, installed by name into a fresh project", () => {
  test.for(publicPackageDirs(repoRoot))(
    "@api-clients/%s: npm i from the local registry, then its README example runs",
    async (dir, { expect }) => {
      const pkg = released.find((p) => p.dir === dir)!;
      const project = createFreshProject(join(work, "projects", dir), registry!.url);
      expect(nodeModulesAbove(project.dir), "node_modules Node could resolve from outside the project").toEqual([]);

      // The README's install line, alone, in an empty project: the way users get the package.
      const install = readmeInstall(join(copy, "packages", dir, "README.md"));
      expect(install, `packages/${dir}/README.md has an \`npm i\` line naming ${pkg.name}`).toContain(pkg.name);
      await project.npm("install", ...install!);

      // Every @api-clients package npm installed is one this release published here (same version, same tarball).
      const lock = JSON.parse(readFileSync(join(project.dir, "package-lock.json"), "utf8"));
      for (const [path, entry] of Object.entries<any>(lock.packages)) {
        const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
        if (!path || !name.startsWith(`${SCOPE}/`)) continue;
        expect(entry.version, path).toBe(released.find((p) => p.name === name)?.version);
        expect(entry.integrity, `${path} is the tarball published to the local registry`).toBe(
          (await packument(name)).body.versions[entry.version].dist.integrity,
        );
      }
      const installed = join(project.dir, "node_modules", pkg.name);
      const manifestText = readFileSync(join(installed, "package.json"), "utf8");
      expect(manifestText).not.toContain("workspace:");
      const manifest = JSON.parse(manifestText);
      expect(manifest.version).toBe(pkg.version);
      const missing = [
        ...new Set(["README.md", "LICENSE", ...exportTargets(manifest.exports), manifest.main, manifest.module, manifest.types]),
      ]
        .filter(Boolean)
        .filter((file) => !existsSync(join(installed, file)));
      expect(missing, "files the package names but does not ship").toEqual([]);
      expect(readFileSync(join(installed, "CHANGELOG.md"), "utf8")).toContain(`\n## ${pkg.version}\n`);
      // Loads alone, both ways (a dependency the code needs but the manifest lacks fails here).
      await project.node(["-e", `require(${JSON.stringify(pkg.name)}); import(${JSON.stringify(pkg.name)});`]);

      // Then what a user adds to run the README's examples: what its other `npm i` lines name (a test
      // kit's msw and ajv), tsx, and whatever else the examples import.
      for (const more of readmeInstalls(join(copy, "packages", dir, "README.md")).slice(1)) await project.npm("install", ...more);
      const examples = examplesOf(dir, pkg.name);
      expect(examples.length, `packages/${dir}/README.md has an example`).toBeGreaterThan(0);
      const imported = importedPackages(examples.map((example) => readFileSync(join(repoRoot, example), "utf8")).join("\n"));
      await project.npm("install", TSX, ...imported.filter((name) => !(name in project.dependencies())));
      for (const example of examples) {
        const { stdout, stderr } = await runExample(project, example);
        expect(stderr, example).not.toMatch(/Error|warn/i);
        expect(stdout.trim().length, example).toBeGreaterThan(0);
      }
    },
  );
});
