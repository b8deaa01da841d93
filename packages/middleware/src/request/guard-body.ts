// A success response is returned to openapi-fetch without copying its body,
// but the body is still part of the attempt: every way of reading it ends the
// attempt's timer when the read ends, and fails with our TimeoutError or
// RequestAbortedError if the attempt is aborted first.
import { abortedByCaller } from "../errors/request-aborted-error.js";
import { TimeoutError } from "../errors/timeout-error.js";
import type { AttemptSignal } from "./attempt-signal.js";
import { raceAbort } from "./race-abort.js";

interface BodyGuard {
  timing: AttemptSignal;
  request: string;
  timeoutMs: number | undefined;
  /** Race reads against the signal: the body comes from a caller's fetch, which may not obey it. */
  race: boolean;
}

const READS = ["arrayBuffer", "blob", "bytes", "formData", "json", "text"] as const;
type Read = () => Promise<unknown>;
const GUARD = Symbol("bodyGuard");

export function guardBody(response: Response, guard: BodyGuard): Response {
  if (response.body === null || guard.timing.signal === undefined) {
    // Nothing to read, or nothing that can abort the read.
    guard.timing.dispose();
    return response;
  }
  if (Object.getPrototypeOf(response) === Response.prototype) {
    // The platform's Response: one prototype swap instead of six closures per response.
    (response as unknown as Record<symbol, BodyGuard>)[GUARD] = guard;
    Object.setPrototypeOf(response, guardedPrototype);
    return response;
  }
  // Another fetch's Response (a polyfill, a subclass): wrap its own methods.
  for (const name of READS) {
    const read = (response as unknown as Record<string, Read | undefined>)[name];
    if (typeof read !== "function") continue;
    Object.defineProperty(response, name, { configurable: true, value: () => guarded(guard, read.call(response)) });
  }
  return response;
}

const guardedPrototype: Response = Object.create(
  Response.prototype,
  Object.fromEntries(
    READS.filter((name) => typeof Response.prototype[name] === "function").map((name) => {
      const read = Response.prototype[name] as Read;
      return [
        name,
        {
          configurable: true,
          writable: true,
          value(this: Response & { [GUARD]?: BodyGuard }) {
            return guarded(this[GUARD]!, read.call(this));
          },
        },
      ];
    }),
  ),
);

function guarded<T>(guard: BodyGuard, work: Promise<T>): Promise<T> {
  const { timing } = guard;
  const signal = timing.signal!;
  return (guard.race ? raceAbort(work, signal, () => abortError(guard, signal)) : work).then(
    (value) => {
      timing.dispose();
      return value;
    },
    (error) => {
      const failure = signal.aborted ? abortError(guard, signal) : error;
      timing.dispose();
      throw failure;
    },
  );
}

function abortError({ timing, request, timeoutMs }: BodyGuard, signal: AbortSignal): Error {
  return timing.timedOut()
    ? new TimeoutError(`${request}: the body did not arrive within ${timeoutMs} ms`, { request, cause: signal.reason })
    : abortedByCaller(request, signal.reason);
}
