// One contract case per operation, called by its name with the spec's own
// request examples (each parameter's `example` and the first named example of
// the request body; see namedCallArguments). Module operations go through
// `husqy.module(name)`, so the scoping of module clients is exercised on
// every call; general ones through the client itself. 64-bit ids are handed
// over as strings or bigints (alternating), as a caller would: the examples'
// JSON numbers are above 2^53, and a number that large is refused.
import { listOperations } from "@api-clients/codegen";
import { namedCallArguments, type OpenApiDocument, type OperationCase } from "@api-clients/contract-kit";
import { apiMetadata, HUSQY_MODULES, type HusqyClient, type HusqyModule } from "../../src/index.js";

type Named = (args: object, options: { headers: Record<string, string> }) => Promise<unknown>;
const int64Fields = new Set<string>(apiMetadata.int64Fields);

export function casesFromExamples(spec: OpenApiDocument): Record<string, OperationCase<HusqyClient>> {
  const args = namedCallArguments(spec, apiMetadata.int64Fields);
  const cases: Record<string, OperationCase<HusqyClient>> = {};
  let nth = 0;
  for (const { operationId, path } of listOperations(spec) as { operationId: string; path: string }[]) {
    const call = nth++ % 2 === 0 ? asBigints(args[operationId]!) : args[operationId]!;
    const module = HUSQY_MODULES.find((name) => path === `/modules/${name}` || path.startsWith(`/modules/${name}/`));
    cases[operationId] = (husqy, { headers }) => {
      const scope = (module ? husqy.module(module as HusqyModule) : husqy) as unknown as Record<string, Named>;
      return scope[operationId]!(call, { headers });
    };
  }
  return cases;
}

/** The same argument with its 64-bit ids as bigints instead of strings. */
function asBigints(value: Record<string, unknown>): Record<string, unknown> {
  const convert = (field: string, item: unknown): unknown => {
    if (Array.isArray(item)) return item.map((element) => convert(field, element));
    if (item !== null && typeof item === "object")
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, convert(key, inner)]));
    return typeof item === "string" && int64Fields.has(field) && /^\d+$/.test(item) ? BigInt(item) : item;
  };
  return convert("", value) as Record<string, unknown>;
}
