// A recording proxy in front of a mock: the client under test talks to it
// over real HTTP with the platform's fetch, exactly as a user's client talks
// to the API (no `fetch` option), and the proxy remembers what crossed the
// wire: which spec operation was called, with which headers (the credential
// as sent included), the status and the parsed body that came back. A suite
// can then prove it exercised every operation and check each body against
// the spec.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { OperationRef } from "./operation-matcher.js";

export interface RecordedCall extends OperationRef {
  /** The full URL that was requested, as the mock saw it. */
  url: string;
  status: number;
  /** The request's headers as they crossed the wire. */
  requestHeaders: Headers;
  /** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
}

export interface RecordingProxy {
  /** The proxy's URL with the mock's base path: use it as the client's baseUrl. */
  url: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host", "upgrade"]);

export async function startRecordingProxy(
  target: string,
  match: (method: string, pathname: string) => OperationRef | undefined,
): Promise<RecordingProxy> {
  const targetUrl = new URL(target);
  const calls: RecordedCall[] = [];
  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const requestHeaders = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) requestHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = new URL(req.url!, targetUrl.origin);
    try {
      const answer = await fetch(url, {
        method: req.method!,
        headers: requestHeaders,
        body: body.length > 0 ? new Uint8Array(body) : undefined,
        redirect: "manual",
      });
      const text = await answer.text();
      const operation = match(req.method!, url.pathname);
      if (operation) calls.push({ ...operation, url: url.href, status: answer.status, requestHeaders, body: parse(text) });
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) headers[name] = value;
      });
      res.writeHead(answer.status, headers).end(text);
    } catch (error) {
      res.writeHead(502, { "Content-Type": "text/plain" }).end(`recording proxy: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${targetUrl.pathname.replace(/\/+$/, "")}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parse(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
