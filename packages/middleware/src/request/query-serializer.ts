// Query strings as openapi-fetch writes them (form style, arrays exploded:
// `types=a&types=b`), except that 64-bit integer parameters are first turned
// into their exact decimal text (int64Text): a bigint or a string goes out
// digit for digit, and a number that already lost digits is refused rather
// than sent as a different id.
import { int64Text } from "./int64-value.js";
import { createQuerySerializer } from "./openapi-fetch-interop.js";

export function createInt64QuerySerializer(int64Fields: ReadonlySet<string>) {
  const serialize = createQuerySerializer();
  return (query: Record<string, unknown>): string => {
    const exact: Record<string, unknown> = { ...query };
    for (const [name, value] of Object.entries(query)) {
      if (!int64Fields.has(name) || value === undefined || value === null) continue;
      exact[name] = Array.isArray(value) ? value.map((item) => int64Text(name, item)) : int64Text(name, value);
    }
    return serialize(exact);
  };
}
