// Rule 1 of specs/CONVENTIONS.md, checked on a whole spec: every schema a
// response can reach (bodies and headers), walked through $refs, must carry
// no write-time validation keyword (lengths, patterns, ranges, maxItems, enum)
// and no format but the ones a server writes itself (date-time). A new one
// has to be justified by the caller (`allowed`) or moved to a request schema.
import { resolvePointer } from "./json-schema-alternatives.js";
import type { OpenApiDocument } from "./load-spec.js";

const WRITE_TIME = ["maxLength", "minLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "maxItems", "enum"];
const SERVER_FORMATS = new Set(["date-time"]);

type Node = Record<string, unknown> & { $ref?: string };

/** Each problem as `METHOD /path status[/field…]: keyword`. */
export function responseSchemaProblems(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const resolve = (node: unknown): Node =>
    typeof (node as Node)?.$ref === "string" ? (resolvePointer(document, (node as Node).$ref!) as Node) : (node as Node);
  const visit = (node: unknown, where: string): void => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    const schema = node as Node;
    if (typeof schema.$ref === "string") {
      visit(resolvePointer(document, schema.$ref), schema.$ref);
      return;
    }
    for (const keyword of WRITE_TIME) if (keyword in schema) problems.push(`${where}: ${keyword}`);
    if (typeof schema.format === "string" && !SERVER_FORMATS.has(schema.format)) problems.push(`${where}: format ${schema.format}`);
    for (const [name, child] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) visit(child, `${where}/${name}`);
    for (const key of ["items", "additionalProperties", "not"]) visit(schema[key], `${where}/${key}`);
    for (const key of ["oneOf", "anyOf", "allOf", "prefixItems"])
      for (const child of (schema[key] as unknown[]) ?? []) visit(child, `${where}/${key}`);
  };
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Node>>)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const [status, declared] of Object.entries((operation?.responses as Record<string, unknown>) ?? {})) {
        const response = resolve(declared);
        const at = `${method.toUpperCase()} ${path} ${status}`;
        for (const media of Object.values((response.content as Record<string, Node>) ?? {})) visit(media.schema, at);
        for (const [name, header] of Object.entries((response.headers as Record<string, unknown>) ?? {}))
          visit(resolve(header).schema, `${at} header ${name}`);
      }
    }
  }
  return problems;
}
