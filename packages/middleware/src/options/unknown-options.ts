// A JavaScript caller has no compiler to catch `apiKey` written for `token`
// or `timeoutMS` for `timeoutMs`, and an option silently ignored means
// anonymous requests and a 401 later (or no timeout at all). So an unknown
// name fails when the client is built, naming the closest valid one. Only
// names go into the message, never a value: it may be a secret.
import { closestName } from "./closest-name.js";

/** Throws (through `fail`) for the first own key of `object` that is not in `known`. */
export function rejectUnknownOptions(
  fail: (problem: string) => never,
  object: object,
  known: readonly string[],
  { prefix = "", synonyms = {} }: { prefix?: string; synonyms?: { readonly [valid: string]: readonly string[] } } = {},
): void {
  for (const name of Object.keys(object)) {
    if (known.includes(name)) continue;
    const suggestion = closestName(name, known, synonyms);
    const hint = suggestion ? `did you mean ${prefix}${suggestion}?` : `the options are ${known.map((k) => prefix + k).join(", ")}`;
    fail(`unknown option ${prefix}${name}; ${hint}`);
  }
}
