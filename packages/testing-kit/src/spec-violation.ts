// A request the code under test sent that the spec does not allow (or an
// override's answer the spec does not allow). The kit answers it with the
// API's own 400 carrying the same words, and reports it so that a test
// whose code swallows that 400 still fails.

export type ViolationKind = "request" | "response";

export class SpecViolationError extends Error {
  override name = "SpecViolationError";
  /** The operation called, when the request matched one. */
  readonly operationId: string | undefined;
  /** "METHOD url" of the request. */
  readonly request: string;
  /** Each problem, naming the field: "request body /name must be string". */
  readonly problems: readonly string[];
  readonly kind: ViolationKind;

  constructor(details: {
    api: string;
    operationId: string | undefined;
    method: string;
    url: string;
    problems: string[];
    kind: ViolationKind;
  }) {
    const request = `${details.method} ${details.url}`;
    const subject = details.operationId ?? `${details.method} ${new URL(details.url).pathname}`;
    super(
      `${subject}: ${details.problems.join("; ")}\n` +
        `  (${details.kind === "request" ? "the request" : "the override's answer to"} ${request}, checked against the ${details.api} spec by its test kit)`,
    );
    this.operationId = details.operationId;
    this.request = request;
    this.problems = details.problems;
    this.kind = details.kind;
  }

  /** The first line: what is wrong, naming the operation and the field (the text of the kit's 400). */
  get summary(): string {
    return this.message.split("\n")[0]!;
  }
}

/**
 * What the kit does with a violation, besides answering it with a 400:
 * - `"error"` (default): also throws it outside the request (an uncaught
 *   exception), where the test runner reports it (vitest: "Unhandled
 *   Errors", the run fails) even when the code under test catches the 400;
 * - `"warn"`: prints it with `console.warn`;
 * - `"respond"`: only the 400 (for testing how your code handles a 400);
 * - a function: called with it.
 */
export type OnViolation = "error" | "warn" | "respond" | ((violation: SpecViolationError) => void);

export function report(mode: OnViolation, violation: SpecViolationError): void {
  if (typeof mode === "function") mode(violation);
  else if (mode === "warn") console.warn(violation.message);
  else if (mode === "error") {
    // Outside the request's promise chain, so the code under test cannot catch it; a microtask,
    // not a timer, so that a test's fake timers (vi.useFakeTimers) do not hold it back.
    queueMicrotask(() => {
      throw violation;
    });
  }
}
