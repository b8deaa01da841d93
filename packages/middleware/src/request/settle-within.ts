// Waits for a promise we do not control (a credential function's) no longer
// than `timeoutMs`, and not past the caller's abort: a function that never
// settles must not hold a call, or anything queued behind it, forever.
import { abortedByCaller } from "../errors/request-aborted-error.js";
import { TimeoutError } from "../errors/timeout-error.js";

export function settleWithin<T>(
  work: Promise<T>,
  signal: AbortSignal,
  timeoutMs: number | undefined,
  request: string,
  what: string,
): Promise<T> {
  if (signal.aborted) return Promise.reject(abortedByCaller(request, signal.reason));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => finish(() => reject(abortedByCaller(request, signal.reason)));
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(
            () =>
              finish(() =>
                reject(new TimeoutError(`${request}: ${what} did not settle within ${timeoutMs} ms; nothing was sent`, { request })),
              ),
            timeoutMs,
          );
    signal.addEventListener("abort", onAbort, { once: true });
    function finish(settle: () => void) {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      settle();
    }
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
