// Walks a bundled OpenAPI document's operations in a stable order.
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @param {any} document a bundled OpenAPI 3.1 document
 * @returns {{ operationId: string, method: string, path: string, operation: any }[]}
 */
export function listOperations(document) {
  const operations = [];
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem?.[method];
      if (!operation) continue;
      operations.push({ operationId: operation.operationId, method: method.toUpperCase(), path, operation });
    }
  }
  return operations;
}

/** Follows one local `$ref` ("#/components/...") in a bundled document. */
export function deref(document, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`Circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    if (!current.$ref.startsWith("#/")) throw new Error(`Unbundled $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((object, key) => object?.[key], document);
  }
  return current;
}
