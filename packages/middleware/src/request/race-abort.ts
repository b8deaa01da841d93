// Settles with `work`, or rejects with `reason()` as soon as `signal` aborts.
// Needed where the body comes from a caller's own fetch, whose stream need not
// end when the request is aborted; the platform's fetch errors it itself.
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal, reason: () => unknown): Promise<T> {
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(reason());
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, (error) => reject(signal.aborted ? reason() : error)).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
