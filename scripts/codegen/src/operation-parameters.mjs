// An operation's parameters, its path item's included, with `$ref`s followed.
import { deref } from "./spec-operations.mjs";

/** @returns {{ name: string, in: string, required?: boolean }[]} */
export function operationParameters(document, path, operation) {
  const pathItem = document.paths[path] ?? {};
  const byKey = new Map();
  // An operation's own parameter overrides the path item's of the same name and location.
  for (const parameter of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const resolved = deref(document, parameter);
    byKey.set(`${resolved.in}:${resolved.name}`, resolved);
  }
  return [...byKey.values()];
}
