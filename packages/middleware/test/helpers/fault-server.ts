// A real node:http server on loopback whose every answer is scripted per
// request, for fault tests: 429 storms, 503s, resets, hangs, bad JSON,
// redirects. Counts what arrived so tests can prove nothing was duplicated.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string, index: number) => void;

export interface FaultServer {
  url: string;
  origin: string;
  arrivals: { method: string; path: string; body: string; headers: IncomingMessage["headers"] }[];
  stop(): Promise<void>;
}

export async function startFaultServer(handler: Handler): Promise<FaultServer> {
  const arrivals: FaultServer["arrivals"] = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const index = arrivals.push({ method: req.method!, path: req.url!, body, headers: req.headers }) - 1;
    handler(req, res, body, index);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    origin: `http://127.0.0.1:${port}`,
    arrivals,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
