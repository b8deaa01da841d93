import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository this script lives in. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
