// The bench's API server, in a process of its own so that the clients' CPU
// does not delay its clock: it enforces one API's own algorithm (from
// @api-clients/contract-kit) on arrival, with 10–50 ms of network each way,
// and reports when each request was admitted or refused at GET /__stats.
//   LIMITS: JSON list of { kind: "gcra" | "sliding" | "announced", id, rate, periodMs, methods?, pathIncludes? }
import { createServer } from "node:http";
import {
  announcedFixedWindow,
  type EnforcedLimit,
  pluralKitGcra,
  slidingWindow,
  startLimitEnforcingServer,
} from "@api-clients/contract-kit";
import type { LimitSpec } from "./limit-spec.js";

const specs: LimitSpec[] = JSON.parse(process.env.LIMITS ?? "[]");
const [min, max] = (process.env.LATENCY ?? "10,50").split(",").map(Number) as [number, number];
const limits: EnforcedLimit[] = specs.map((spec) => {
  const matches = (method: string, path: string) =>
    (!spec.methods || spec.methods.includes(method)) &&
    (!spec.pathIncludes || path.includes(spec.pathIncludes)) &&
    (!spec.pathExcludes || !path.includes(spec.pathExcludes));
  if (spec.kind === "gcra") return pluralKitGcra(spec.id, spec.rate, spec.periodMs, matches);
  if (spec.kind === "sliding") return slidingWindow(spec.id, spec.rate, spec.periodMs, matches);
  return announcedFixedWindow(spec.id, spec.rate, spec.periodMs, matches);
});
const api = await startLimitEnforcingServer(limits, {
  latencyMs: [min, max],
  respond: (req, res) => {
    const body = req.method === "GET" ? JSON.stringify({ id: "exmpl", data: [], meta: { totalPages: 1 } }) : "{}";
    res.writeHead(200, { "Content-Type": "application/json" }).end(body);
  },
});
// The stats on a port of their own, outside the enforced API.
const stats = createServer((_req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(api.stats)));
await new Promise<void>((resolve) => stats.listen(0, "127.0.0.1", resolve));
const statsPort = (stats.address() as { port: number }).port;
process.stdout.write(`${JSON.stringify({ url: api.url, stats: `http://127.0.0.1:${statsPort}` })}\n`);
process.on("SIGTERM", () => process.exit(0));
