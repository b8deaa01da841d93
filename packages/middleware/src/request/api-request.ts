// The Request openapi-fetch builds for a call that is not planned
// (request-plan.ts). It remembers the signal the caller passed, if any: a
// Request always has a signal of its own, and without this we would have to
// listen to it on every attempt, although nothing can abort it unless the
// caller gave one.
// An abort listener on a Request's signal costs about 10 µs a request in Node
// (measured with packages/middleware/bench), as much as the rest of the
// middleware together.
const CALLER_SIGNAL = Symbol("callerSignal");

export class ApiRequest extends Request {
  readonly [CALLER_SIGNAL]: AbortSignal | undefined;

  /**
   * openapi-fetch checks what an onRequest middleware returns with
   * `instanceof` this class: any Request must pass, as it does without it.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this[CALLER_SIGNAL] = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  }
}

/**
 * The signal that can abort `request`, or undefined when nothing can. A
 * Request we did not build (a user middleware's own) keeps its own signal.
 */
export function callerSignalOf(request: Request): AbortSignal | undefined {
  return CALLER_SIGNAL in request ? (request as ApiRequest)[CALLER_SIGNAL] : request.signal;
}
