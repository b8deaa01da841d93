// One attempt's signal: the caller's signal and a per-attempt timeout
// combined, so that afterwards we can tell which one fired (a timeout and a
// caller's abort are different errors). One AbortController that both the
// timer and the caller's signal hold strongly, rather than AbortSignal.any,
// whose composite signal Node references only weakly from its sources (and
// which costs more per request, measured with bench/). A fresh controller per
// attempt, not a pool: undici leaves a listener on every signal it followed
// until garbage collection finalizes its request, so a reused signal soon
// carries thousands (tried: MaxListenersExceededWarning at 1,500).
export interface AttemptSignal {
  /** What fetch gets; undefined when nothing can abort the attempt. */
  readonly signal: AbortSignal | undefined;
  timedOut(): boolean;
  /** The attempt is over: stop the timer, stop listening to the caller. */
  dispose(): void;
}

const UNBOUNDED: AttemptSignal = { signal: undefined, timedOut: () => false, dispose: () => {} };

export function attemptSignal(callerSignal: AbortSignal | undefined, timeoutMs: number | undefined): AttemptSignal {
  if (timeoutMs !== undefined) return new TimedAttempt(callerSignal, timeoutMs);
  // Without a timeout the caller's signal alone decides: no controller, no listener.
  return callerSignal === undefined ? UNBOUNDED : { signal: callerSignal, timedOut: () => false, dispose: () => {} };
}

class TimedAttempt implements AttemptSignal {
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #onCallerAbort: (() => void) | undefined;
  #timedOut = false;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#caller = caller;
    if (caller?.aborted) this.#controller.abort(caller.reason);
    else if (caller) {
      this.#onCallerAbort = () => this.#controller.abort(caller.reason);
      caller.addEventListener("abort", this.#onCallerAbort, { once: true });
    }
    this.#timer = setTimeout(expire, timeoutMs, this, timeoutMs);
    // A success body may be read long after; the timer must not keep a process alive meanwhile.
    (this.#timer as { unref?: () => void }).unref?.();
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  timedOut(): boolean {
    return this.#timedOut && !this.#caller?.aborted;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    if (this.#onCallerAbort) this.#caller?.removeEventListener("abort", this.#onCallerAbort);
  }

  expire(timeoutMs: number): void {
    this.#timedOut = true;
    this.#controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
  }
}

function expire(attempt: TimedAttempt, timeoutMs: number): void {
  attempt.expire(timeoutMs);
}
