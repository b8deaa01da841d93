// One attempt's signal: the caller's signal and a per-attempt timeout
// combined, so that afterwards we can tell which one fired (a timeout and a
// caller's abort are different errors).
export interface AttemptSignal {
  signal: AbortSignal;
  timedOut(): boolean;
  dispose(): void;
}

export function attemptSignal(callerSignal: AbortSignal, timeoutMs: number | undefined): AttemptSignal {
  if (timeoutMs === undefined) return { signal: callerSignal, timedOut: () => false, dispose: () => {} };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  return {
    signal: AbortSignal.any([callerSignal, timeout.signal]),
    timedOut: () => timeout.signal.aborted && !callerSignal.aborted,
    dispose: () => clearTimeout(timer),
  };
}
