// An error response's body is read inside its attempt, so the timeout covers
// it and a 429's hint or an error envelope can be read from it. Returns a
// Response with the same status and headers over the bytes read.
import { raceAbort } from "./race-abort.js";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export async function readWholeBody(response: Response, signal: AbortSignal | undefined): Promise<Response> {
  const read = response.arrayBuffer();
  const bytes = signal
    ? await raceAbort(read, signal, () => signal.reason).finally(() => {
        if (signal.aborted) response.body?.cancel().catch(() => {});
      })
    : await read;
  const body = NULL_BODY_STATUSES.has(response.status) ? null : bytes;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
