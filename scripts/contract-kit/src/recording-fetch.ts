// A fetch that passes every request through and remembers which spec
// operation it called, the status and the parsed body that came back, so a
// suite can prove it exercised every operation and check each body against
// the spec (not just declare a case for it).
import type { OperationRef } from "./operation-matcher.js";

export interface RecordedCall extends OperationRef {
  /** The full URL that was requested. */
  url: string;
  status: number;
  requestHeaders: Headers;
  /** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.clone().text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function createRecordingFetch(
  match: (method: string, pathname: string) => OperationRef | undefined,
  inner: typeof fetch = globalThis.fetch,
) {
  const calls: RecordedCall[] = [];
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const operation = match(request.method, new URL(request.url).pathname);
    const response = await inner(request.clone());
    if (operation) {
      calls.push({
        ...operation,
        url: request.url,
        status: response.status,
        requestHeaders: request.headers,
        body: await readBody(response),
      });
    }
    return response;
  };
  return { fetch: recordingFetch as typeof fetch, calls };
}
