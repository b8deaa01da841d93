// The benchmark's HTTP server, in its own process so that the client's CPU
// time is measured alone. Answers every request with a small JSON body, and
// (with LIMIT/WINDOW_MS set) enforces a sliding window by arrival time,
// answering 429 beyond it. Prints its port, then stats on SIGTERM... and on
// a GET /__stats request.
import { createServer } from "node:http";

const limit = Number(process.env.LIMIT ?? 0);
const windowMs = Number(process.env.WINDOW_MS ?? 0);
const arrivals = [];
const stats = { admitted: 0, rejected: 0 };
const body = JSON.stringify({ id: "a1", name: "benchmark item", tags: ["x", "y"] });

const server = createServer((req, res) => {
  if (req.url === "/__stats") return res.end(JSON.stringify(stats));
  if (req.url === "/__reset") {
    arrivals.length = 0;
    stats.admitted = stats.rejected = 0;
    return res.end("{}");
  }
  if (limit > 0) {
    const now = performance.now();
    while (arrivals.length && arrivals[0] <= now - windowMs) arrivals.shift();
    if (arrivals.length >= limit) {
      stats.rejected++;
      return res.writeHead(429, { "Content-Type": "application/json", "Retry-After": "1" }).end("{}");
    }
    arrivals.push(now);
  }
  stats.admitted++;
  res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body);
});
server.keepAliveTimeout = 5000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
