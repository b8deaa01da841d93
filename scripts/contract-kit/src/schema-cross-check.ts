// Is every instance of schema A (at a pointer in one OpenAPI document) valid
// against schema B (at a pointer in another)? Two independent answers,
// merged: the structural subschema check (json-schema-subset.ts), and samples
// generated from A (json-schema-samples.ts) that A's own ajv validator
// accepts, validated with ajv against B. A sample B refuses at a field the
// structural check did not already name is reported too, with the value.
import type { ErrorObject } from "ajv/dist/2020.js";
import { resolvePointer, type SchemaNode } from "./json-schema-alternatives.js";
import { sampleInstances } from "./json-schema-samples.js";
import { fieldPath, type SchemaDifference, type SubsetOptions, subschemaDifferences } from "./json-schema-subset.js";
import type { OpenApiDocument } from "./load-spec.js";
import { createSpecAjv } from "./spec-ajv.js";

export type SchemaSide = { document: OpenApiDocument; pointer: string; name: string };

export function createSchemaComparer() {
  const validators = new Map<OpenApiDocument, ReturnType<typeof createSpecAjv>>();
  const ajvFor = (document: OpenApiDocument) => {
    if (!validators.has(document)) validators.set(document, createSpecAjv(document));
    return validators.get(document)!;
  };

  return function compareSchemas(
    a: SchemaSide,
    b: SchemaSide,
    options: Pick<SubsetOptions, "context" | "undeclared"> = {},
  ): SchemaDifference[] {
    const node = (side: SchemaSide): SchemaNode => [{ schema: resolvePointer(side.document, `#${side.pointer}`), root: side.document }];
    const found = subschemaDifferences(node(a), node(b), { ...options, names: [a.name, b.name] });
    const covered = (path: string) => found.some((d) => related(d.path, path));
    for (const sample of sampleInstances(node(a), options)) {
      if (ajvFor(a.document).errorsAt(a.pointer, sample)?.length !== 0) continue; // not an instance of A after all
      const errors = ajvFor(b.document).errorsAt(b.pointer, sample);
      if (errors === undefined) throw new Error(`no schema at ${b.pointer}`);
      for (const [path, messages] of groupByField(errors, sample)) {
        if (covered(path)) continue;
        found.push({
          path,
          message: `${b.name} refuses ${a.name}'s sample ${preview(valueAt(sample, path, errors))}: ${messages.join("; ")}`,
        });
      }
    }
    return found;
  };
}

/** One path contains the other (a difference at `a.b` covers one found at `a.b.c[]` and the reverse). */
function related(a: string, b: string) {
  const within = (inner: string, outer: string) =>
    outer === "" || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`) || inner.startsWith(`${outer}{`);
  return within(a, b) || within(b, a);
}

/** ajv's errors keyed by field path (array indexes as `[]`), leaves only: an anyOf that failed because of a field is reported at the field. */
function groupByField(errors: ErrorObject[], sample: unknown): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const error of errors) {
    const parent = toFieldPath(error.instancePath, sample);
    const property = (error.params as { missingProperty?: string; additionalProperty?: string }) ?? {};
    const name = property.missingProperty ?? property.additionalProperty;
    const path = name === undefined ? parent : fieldPath(parent, name);
    byPath.set(path, [...new Set([...(byPath.get(path) ?? []), error.message!])]);
  }
  for (const path of byPath.keys()) {
    if ([...byPath.keys()].some((other) => other !== path && related(other, path) && other.length > path.length)) byPath.delete(path);
  }
  return byPath;
}

function toFieldPath(instancePath: string, sample: unknown): string {
  let path = "";
  let value: any = sample;
  for (const token of instancePath
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"))) {
    path = Array.isArray(value) ? `${path}[]` : fieldPath(path, token);
    value = value?.[token];
  }
  return path;
}

/** The sample's value at the first error reported at `path` (undefined for a missing property). */
function valueAt(sample: unknown, path: string, errors: ErrorObject[]): unknown {
  const error = errors.find((e) => toFieldPath(e.instancePath, sample) === path);
  if (!error) return undefined;
  let value: any = sample;
  for (const token of error.instancePath.split("/").slice(1)) value = value?.[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  return value;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
