// How each API wants its credential. Which one an API uses is part of its
// ApiDefinition (packages/<api>/src/definition.ts).
export type AuthScheme =
  /** The credential as the whole header value (PluralKit: `Authorization: <token>`, no `Bearer`). */
  | { readonly type: "raw"; readonly header: string }
  /** `Authorization: Bearer <token>` (RFC 6750 §2.1): Phisherman, Pwnbook, Husqy. */
  | { readonly type: "bearer" }
  /** A header of its own (PhishStats: `X-API-Key`). Never the query string, which ends up in logs. */
  | { readonly type: "header"; readonly header: string };

export function authHeader(scheme: AuthScheme, credential: string): [name: string, value: string] {
  switch (scheme.type) {
    case "raw":
      return [scheme.header, credential];
    case "bearer":
      return ["Authorization", `Bearer ${credential}`];
    case "header":
      return [scheme.header, credential];
  }
}

/** Every header a scheme may set, so that a cross-origin redirect can drop them all. */
export function authHeaderNames(scheme: AuthScheme): string[] {
  return scheme.type === "bearer" ? ["Authorization"] : [scheme.header];
}
