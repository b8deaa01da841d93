// What ends a call's waits (for a rate-limit slot, or a retry's backoff)
// early: the caller's abort, or a 401 rejecting its credential meanwhile. The
// signal's reason is the typed error the call then fails with. Made only when
// a call has to wait: the common call waits on nothing but the network.
import { rejectedBefore } from "../errors/invalid-credential-error.js";
import { abortedByCaller } from "../errors/request-aborted-error.js";
import type { ApiContext } from "./api-context.js";
import type { Call } from "./call.js";

export class CallStop {
  #controller: AbortController | undefined;
  #dispose: (() => void) | undefined;

  constructor(
    private readonly api: ApiContext,
    private readonly call: Call,
  ) {}

  get signal(): AbortSignal {
    if (this.#controller) return this.#controller.signal;
    const controller = new AbortController();
    this.#controller = controller;
    const { call, api } = this;
    const onAbort = () => controller.abort(abortedByCaller(call.request, call.signal.reason));
    if (call.signal.aborted) onAbort();
    else call.signal.addEventListener("abort", onAbort, { once: true });
    const unwatch = call.hasCredential
      ? api.rejections.watch(call.key, () => controller.abort(rejectedBefore(call.request, api.definition.credentialName)))
      : undefined;
    this.#dispose = () => {
      call.signal.removeEventListener("abort", onAbort);
      unwatch?.();
    };
    return controller.signal;
  }

  dispose(): void {
    this.#dispose?.();
  }
}
