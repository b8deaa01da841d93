// The bundled OpenAPI 3.1 document an API package ships (dist/openapi.json),
// read as plain data: local `$ref`s followed, with the JSON pointer each node
// really lives at, so the validator can compile exactly that schema.

/** What the kit reads of an OpenAPI 3.1 document; any bundled spec fits. */
export interface OpenApiDocument {
  info?: { title?: string };
  servers?: { url: string }[];
  paths: Record<string, Record<string, any>>;
  components?: Record<string, Record<string, any>>;
  [extension: string]: unknown;
}

export const escapePointer = (token: string): string => token.replace(/~/g, "~0").replace(/\//g, "~1");
const unescapePointer = (token: string): string => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");

export function resolvePointer(document: unknown, pointer: string): any {
  let node: any = document;
  for (const token of pointer.split("/").slice(1)) {
    const key = unescapePointer(token);
    if (node === null || typeof node !== "object" || !(key in node)) throw new TypeError(`the spec has nothing at #${pointer}`);
    node = node[key];
  }
  return node;
}

/** A node with its `$ref`s followed, and the pointer of where it is defined (`at` when it is not a reference). */
export function deref(document: unknown, node: any, at: string): { node: any; pointer: string } {
  let pointer = at;
  for (let hops = 0; node && typeof node === "object" && typeof node.$ref === "string"; hops++) {
    if (!node.$ref.startsWith("#") || hops > 32) throw new TypeError(`unsupported $ref ${node.$ref} at #${pointer}`);
    pointer = node.$ref.slice(1);
    node = resolvePointer(document, pointer);
  }
  return { node, pointer };
}

/** A deep copy of JSON data, so that no answer shares objects with the spec or with another answer. */
export const cloneJson = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
