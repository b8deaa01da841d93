// A credential is a string or a function that returns one (for rotation or
// lazy loading). Problems are reported by name, never with the value's text.
export type CredentialSource = string | (() => string | Promise<string>);

const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** Why `value` cannot be sent as a credential, or undefined when it can. */
export function credentialProblem(value: unknown, name: string): string | undefined {
  if (typeof value !== "string" || value.length === 0) return `${name} must be a non-empty string`;
  if (!HEADER_SAFE.test(value)) return `${name} contains whitespace or characters not allowed in an HTTP header`;
  return undefined;
}

export async function resolveCredential(source: CredentialSource | undefined, name: string): Promise<string | undefined> {
  if (source === undefined) return undefined;
  const value = typeof source === "function" ? await source() : source;
  const problem = credentialProblem(value, name);
  if (problem) throw new TypeError(`${problem} (returned by the ${name} function)`);
  return value;
}
