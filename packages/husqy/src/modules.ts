// Husqy's fifteen modules and the slice of the API each one owns. Every module
// is its own service under `/modules/<name>`; the invite tracker's name has an
// underscore, as the current service spec serves it (older docs pages wrote a
// hyphen; see the spec's description).
import type { paths } from "./generated/schema.js";

export const HUSQY_MODULES = [
  "logging",
  "welcoming",
  "tempchannels",
  "socials",
  "reactionroles",
  "autoresponder",
  "tickets",
  "serverstats",
  "tags",
  "verifier",
  "rules",
  "invite_tracker",
  "polls",
  "giveaways",
  "reminders",
] as const;

export type HusqyModule = (typeof HUSQY_MODULES)[number];

/**
 * The paths of one module, relative to its `/modules/<name>` prefix: the
 * module's home is `/`, its settings `/settings`, and so on.
 */
export type ModulePaths<M extends HusqyModule> = {
  [P in keyof paths as P extends `/modules/${M}` ? "/" : P extends `/modules/${M}/${infer Rest}` ? `/${Rest}` : never]: paths[P];
};
