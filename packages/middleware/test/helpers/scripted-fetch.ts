// A fetch that answers from a script, one entry per call, and records every
// request it saw (with its body as text). No network, no server.
export type Answer = Response | Error | ((request: Request) => Response | Error | Promise<Response | Error>);

export interface SeenRequest {
  /** Kept so a hung answer's abort listener stays reachable (undici links signals weakly). */
  request: Request;
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export function scriptedFetch(...answers: Answer[]) {
  const seen: SeenRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    seen.push({ request, method: request.method, url: request.url, headers: request.headers, body: await request.clone().text() });
    const next = answers.length > 1 ? answers.shift()! : answers[0];
    if (!next) throw new Error("scriptedFetch: no answer left");
    const answer = typeof next === "function" ? await next(request) : next instanceof Response ? next.clone() : next;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
