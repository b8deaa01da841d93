#!/usr/bin/env node
// Every ```ts block in a README is an example file under examples/, named by
// the comment on the line before it: <!-- example: examples/pwnbook.ts -->.
// The tests fail when a block and its file differ (or a block names no file);
// `pnpm --filter @api-clients/examples sync-readmes` copies each file into its README.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MARKER = /^<!-- example: (\S+) -->$/;

/** Every README of the repository: the root's and each package's. */
export function readmes() {
  const packages = readdirSync(join(repoRoot, "packages")).map((name) => join("packages", name, "README.md"));
  return ["README.md", ...packages].filter((file) => existsSync(join(repoRoot, file)));
}

/** The ```ts blocks of one README, with the example file each names (undefined when none). */
export function tsBlocks(readme) {
  const lines = readFileSync(join(repoRoot, readme), "utf8").split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```ts") continue;
    const end = lines.indexOf("```", i + 1);
    blocks.push({ readme, line: i + 1, file: MARKER.exec(lines[i - 1] ?? "")?.[1], text: `${lines.slice(i + 1, end).join("\n")}\n` });
    i = end;
  }
  return blocks;
}

/** Problems: a block naming no file, naming a missing one, or differing from it. */
export function readmeProblems() {
  const problems = [];
  for (const readme of readmes()) {
    for (const block of tsBlocks(readme)) {
      const where = `${block.readme}:${block.line}`;
      if (!block.file) problems.push(`${where}: a ts block without <!-- example: examples/<name>.ts --> before it`);
      else if (!existsSync(join(repoRoot, block.file))) problems.push(`${where}: ${block.file} does not exist`);
      else if (readFileSync(join(repoRoot, block.file), "utf8") !== block.text)
        problems.push(`${where}: differs from ${block.file} (run sync-readmes)`);
    }
  }
  return problems;
}

function write() {
  for (const readme of readmes()) {
    const path = join(repoRoot, readme);
    let text = readFileSync(path, "utf8");
    for (const block of tsBlocks(readme).filter((b) => b.file && existsSync(join(repoRoot, b.file)))) {
      const marker = `<!-- example: ${block.file} -->\n\`\`\`ts\n`;
      text = text.replace(`${marker}${block.text}`, `${marker}${readFileSync(join(repoRoot, block.file), "utf8")}`);
    }
    writeFileSync(path, text);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--write")) write();
  const problems = readmeProblems();
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
