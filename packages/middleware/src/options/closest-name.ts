// Which valid option an unknown one was probably meant to be. Spelling slips
// (`timeoutMS`, `baseURL`, `retry.limt`) are found by case-insensitive edit
// distance; another library's word for the same thing (`apiKey` for
// PluralKit's `token`, `token` for Phisherman's `apiKey`, axios-retry's and
// Octokit's `retries` for `retry.limit`) by meaning, since those words are
// nothing alike.

/** Words other clients use for a credential; any of them suggests this API's credential option. */
export const CREDENTIAL_WORDS: readonly string[] = [
  "accesstoken",
  "apikey",
  "apitoken",
  "auth",
  "authorization",
  "bearer",
  "bearertoken",
  "credential",
  "credentials",
  "key",
  "password",
  "secret",
  "systemtoken",
  "token",
];

const normal = (name: string) => name.toLowerCase().replace(/[-_\s]/g, "");

/**
 * The closest of `candidates` to `name`, or undefined when none is close.
 * `synonyms` maps a valid name to other words for it.
 */
export function closestName(
  name: string,
  candidates: readonly string[],
  synonyms: { readonly [valid: string]: readonly string[] } = {},
): string | undefined {
  const wanted = normal(name);
  const same = candidates.find((candidate) => normal(candidate) === wanted);
  if (same) return same;
  const meant = Object.keys(synonyms).find((valid) => synonyms[valid]!.some((word) => normal(word) === wanted));
  if (meant) return meant;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const other = normal(candidate);
    const distance = editDistance(wanted, other);
    // A third of the word may be wrong; half of it when the start agrees (`retries` for `retry`).
    const allowed =
      wanted.slice(0, 4) === other.slice(0, 4)
        ? Math.ceil(wanted.length / 2)
        : Math.max(wanted.length > 3 ? 2 : 1, Math.floor(wanted.length / 3));
    if (distance <= allowed && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance (insertions, deletions, substitutions), one row at a time. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
