// How the bench tells its server process which limit to enforce (JSON in LIMITS).
export interface LimitSpec {
  kind: "gcra" | "sliding" | "announced";
  id: string;
  rate: number;
  periodMs: number;
  methods?: string[];
  pathIncludes?: string;
  pathExcludes?: string;
}
