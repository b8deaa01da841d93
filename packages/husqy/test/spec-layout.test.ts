// The Husqy spec is one root plus one file per service (specs/husqy/). These
// checks keep the split honest: every path a service file defines is joined
// into the root under its module prefix (a path left out would silently
// vanish from types, docs and mocks), and the bot-internal hooks the root's
// description lists stay out.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { listOperations, repoRoot } from "@api-clients/codegen";
import { loadBundledSpec } from "@api-clients/contract-kit";
import { HUSQY_MODULES } from "../src/index.js";
import { isBotOnly } from "./vendor-drift/user-facing.js";

const specDir = join(repoRoot, "specs", "husqy");
const read = (file: string) => parse(readFileSync(join(specDir, file), "utf8"), { maxAliasCount: -1 });
const root = read("openapi.yaml");
const services = ["general", ...HUSQY_MODULES];

describe("specs/husqy layout", () => {
  test("one file per service beside the root (general and the 15 modules), plus common.yaml", () => {
    const files = readdirSync(specDir).filter((file) => file.endsWith(".yaml") && !file.startsWith("."));
    expect(files.sort()).toEqual(["common.yaml", "openapi.yaml", ...services.map((s) => `${s}.yaml`)].sort());
  });

  test.each(services)("every path of %s.yaml is in the root, under its prefix, and nothing else points there", (service) => {
    const prefix = service === "general" ? "" : `/modules/${service}`;
    const escapePointer = (path: string) => path.replaceAll("~", "~0").replaceAll("/", "~1");
    const expected = Object.keys(read(`${service}.yaml`).paths).map((path) => [
      path === "/" && prefix ? prefix : `${prefix}${path}`,
      `${service}.yaml#/paths/${escapePointer(path)}`,
    ]);
    const actual = Object.entries(root.paths as Record<string, { $ref: string }>)
      .filter(([, item]) => item.$ref.startsWith(`${service}.yaml#`))
      .map(([path, item]) => [path, item.$ref]);
    expect(actual).toEqual(expected);
  });

  test("the bot-internal hooks are left out of the bundled spec", () => {
    const botOnly = listOperations(loadBundledSpec("husqy")).filter(({ method, path }) => isBotOnly(method, path));
    expect(botOnly.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });
});
