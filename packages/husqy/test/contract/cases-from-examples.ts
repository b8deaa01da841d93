// One contract case per operation, built from the spec's own request
// examples: each parameter's `example` and the first named example of the
// request body. Module operations go through `husqy.module(name)` with
// module-relative paths, so the scoping is exercised on every call; general
// ones through the client itself. 64-bit ids are handed over as strings or
// bigints (alternating), as a caller would: the examples' JSON numbers are
// above 2^53, and a number that large is refused by the client.
import { deref, listOperations } from "@api-clients/codegen";
import type { OpenApiDocument, OperationCase } from "@api-clients/contract-kit";
import { apiMetadata, HUSQY_MODULES, type HusqyClient, type HusqyModule } from "../../src/index.js";

type Method = "GET" | "PUT" | "POST" | "DELETE";
const int64Fields = new Set<string>(apiMetadata.int64Fields);

export function casesFromExamples(spec: OpenApiDocument): Record<string, OperationCase<HusqyClient>> {
  const cases: Record<string, OperationCase<HusqyClient>> = {};
  let nth = 0;
  for (const { operationId, method, path, operation } of listOperations(spec)) {
    const asBigint = nth++ % 2 === 0;
    const params = { path: {} as Record<string, unknown>, query: {} as Record<string, unknown> };
    for (const parameter of [...(spec.paths[path]!.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p))) {
      if (parameter.example === undefined) throw new Error(`${operationId}: parameter ${parameter.name} has no example`);
      const target = parameter.in === "path" ? params.path : params.query;
      target[parameter.name] = exactIds(parameter.name, parameter.example, asBigint);
    }
    const media = deref(spec, operation.requestBody)?.content?.["application/json"];
    const example = media ? deref(spec, Object.values(media.examples ?? {})[0])?.value : undefined;
    if (media && example === undefined) throw new Error(`${operationId}: request body has no named example`);
    const body = example === undefined ? undefined : exactIds("", example, asBigint);

    const module = HUSQY_MODULES.find((name) => path === `/modules/${name}` || path.startsWith(`/modules/${name}/`));
    cases[operationId] = (husqy, { headers }) => {
      const init = { params, headers, ...(body === undefined ? {} : { body }) } as never;
      const verb = method as Method;
      if (!module) return (husqy[verb] as (p: string, i: never) => Promise<unknown>)(path, init);
      const relative = path === `/modules/${module}` ? "/" : path.slice(`/modules/${module}`.length);
      const scoped = husqy.module(module as HusqyModule) as unknown as Record<Method, (p: string, i: never) => Promise<unknown>>;
      return scoped[verb](relative, init);
    };
  }
  return cases;
}

/** Example numbers under an int64 field become the string or bigint a caller would pass. */
function exactIds(field: string, value: unknown, asBigint: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => exactIds(field, item, asBigint));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, exactIds(key, item, asBigint)]));
  }
  if (typeof value === "number" && int64Fields.has(field)) return asBigint ? BigInt(String(value)) : String(value);
  return value;
}
