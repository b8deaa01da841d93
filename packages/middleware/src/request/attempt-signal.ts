// One attempt's signal: the caller's signal and a per-attempt timeout
// combined, so that afterwards we can tell which one fired (a timeout and a
// caller's abort are different errors). One AbortController that both the
// timer and the caller's signal hold strongly, rather than AbortSignal.any,
// whose composite signal Node references only weakly from its sources.
export interface AttemptSignal {
  signal: AbortSignal;
  timedOut(): boolean;
  dispose(): void;
}

const NO_TIMEOUT = { timedOut: () => false, dispose: () => {} };

export function attemptSignal(callerSignal: AbortSignal, timeoutMs: number | undefined): AttemptSignal {
  // Without a timeout the caller's signal alone decides: no controller, no listener.
  if (timeoutMs === undefined) return { signal: callerSignal, ...NO_TIMEOUT };
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(callerSignal.reason);
  if (callerSignal.aborted) onCallerAbort();
  else callerSignal.addEventListener("abort", onCallerAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
        }, timeoutMs);
  // A success body may be read long after; the timer must not keep a process alive meanwhile.
  (timer as { unref?: () => void } | undefined)?.unref?.();
  return {
    signal: controller.signal,
    timedOut: () => timedOut && !callerSignal.aborted,
    dispose: () => {
      clearTimeout(timer);
      callerSignal.removeEventListener("abort", onCallerAbort);
    },
  };
}
