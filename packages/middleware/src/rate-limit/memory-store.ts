// The default LimiterStore, in this process's memory. One instance is shared
// by every client in the process (`sharedMemoryStore`), so two clients with
// the same credential share limits. It holds state only while a credential
// is active: a key whose windows are all idle again (and whose pause is
// over) is forgotten, so a process that makes a client per user, or rotates
// tokens, does not keep an entry per credential it ever saw.
import { type BudgetState, budgetIdle, budgetObserve, budgetTake, budgetWait, newBudget } from "./algorithms/announced-budget.js";
import { type GcraState, gcraIdle, gcraTake, gcraWait } from "./algorithms/gcra.js";
import { SendLog } from "./algorithms/send-log.js";
import type { AcquireResult, Announcement, LimiterStore, Pause, WindowSpec } from "./limiter-store.js";

type WindowState = GcraState | SendLog | BudgetState;

interface KeyState {
  windows: Map<string, WindowState>;
  pause: Pause | undefined;
  /** The windows last used, to judge idleness. */
  specs: Map<string, WindowSpec>;
}

/** How often (at most) idle keys are swept, in ms of the store's clock. */
const SWEEP_EVERY_MS = 1000;

export class MemoryStore implements LimiterStore {
  readonly synchronous = true;
  readonly #keys = new Map<string, KeyState>();
  #nextLease = 0;
  #sweptAt = Number.NEGATIVE_INFINITY;

  /** How many credential keys hold state now (for tests and monitoring). */
  get size(): number {
    return this.#keys.size;
  }

  tryAcquire(key: string, windows: readonly WindowSpec[], now: number, marginMs: number): AcquireResult {
    this.#sweep(now);
    const state = this.#keys.get(key);
    if (state?.pause && state.pause.until > now) return { granted: false, pause: state.pause };
    if (windows.length === 0) return { granted: true, leaseId: "" };
    const keyState = state ?? this.#create(key);
    keyState.pause = undefined;
    let blocked: { retryInMs: number; windowId: string } | undefined;
    for (const window of windows) {
      keyState.specs.set(window.id, window);
      const wait = waitFor(keyState, window, now, marginMs);
      if (wait > 0 && (!blocked || wait > blocked.retryInMs)) blocked = { retryInMs: wait, windowId: window.id };
    }
    if (blocked) return { granted: false, ...blocked };
    const leaseId = String(++this.#nextLease);
    for (const window of windows) take(keyState, window, now, marginMs, leaseId);
    return { granted: true, leaseId };
  }

  /**
   * Counts a request that another store granted (the Redis store keeps this
   * process's own grants here too, as its fallback while Redis is down).
   */
  count(key: string, windows: readonly WindowSpec[], now: number, marginMs: number, leaseId: string): void {
    this.#sweep(now);
    const keyState = this.#keys.get(key) ?? this.#create(key);
    for (const window of windows) {
      keyState.specs.set(window.id, window);
      take(keyState, window, now, marginMs, leaseId);
    }
  }

  complete(key: string, leaseId: string, windows: readonly WindowSpec[], now: number, announced?: Announcement, lateByMs = 0): void {
    const state = this.#keys.get(key);
    if (!state) return;
    for (const window of windows) {
      if (window.algorithm === "header-announced") budgetObserve(budgetOf(state, window), announced);
      else if (window.algorithm !== "gcra") (state.windows.get(window.id) as SendLog | undefined)?.finish(window, leaseId, now, lateByMs);
    }
  }

  pause(key: string, pause: Pause): void {
    const state = this.#keys.get(key) ?? this.#create(key);
    if (!state.pause || pause.until > state.pause.until) state.pause = pause;
  }

  #create(key: string): KeyState {
    const state: KeyState = { windows: new Map(), pause: undefined, specs: new Map() };
    this.#keys.set(key, state);
    return state;
  }

  /** Forgets keys with nothing left that counts; at most once a second, so O(1) amortised per call. */
  #sweep(now: number): void {
    if (now - this.#sweptAt < SWEEP_EVERY_MS) return;
    this.#sweptAt = now;
    for (const [key, state] of this.#keys) {
      if (state.pause && state.pause.until > now) continue;
      let idle = true;
      for (const [id, windowState] of state.windows) {
        const spec = state.specs.get(id)!;
        if (
          spec.algorithm === "gcra"
            ? gcraIdle(windowState as GcraState, now)
            : spec.algorithm === "header-announced"
              ? budgetIdle(windowState as BudgetState, now)
              : (windowState as SendLog).idle(spec, now)
        )
          continue;
        idle = false;
        break;
      }
      if (idle) this.#keys.delete(key);
    }
  }
}

function waitFor(state: KeyState, window: WindowSpec, now: number, marginMs: number): number {
  switch (window.algorithm) {
    case "gcra":
      return gcraWait(state.windows.get(window.id) as GcraState | undefined, window, now, marginMs);
    case "header-announced":
      return budgetWait(budgetOf(state, window), now, marginMs);
    default:
      return logOf(state, window.id).wait(window, now);
  }
}

function take(state: KeyState, window: WindowSpec, now: number, marginMs: number, leaseId: string): void {
  if (window.algorithm === "gcra")
    gcraTake(
      stateOf(state, window.id, () => ({ tat: now, lateness: marginMs })),
      window,
      now,
      marginMs,
    );
  else if (window.algorithm === "header-announced") budgetTake(budgetOf(state, window));
  else logOf(state, window.id).take(leaseId);
}

/** The state of window `id`, made by `create` the first time. */
function stateOf<T extends WindowState>(state: KeyState, id: string, create: () => T): T {
  let found = state.windows.get(id) as T | undefined;
  if (!found) {
    found = create();
    state.windows.set(id, found);
  }
  return found;
}

const logOf = (state: KeyState, id: string): SendLog => stateOf(state, id, () => new SendLog());

function budgetOf(state: KeyState, window: WindowSpec & { algorithm: "header-announced" }): BudgetState {
  const id = `${window.id}|${window.scope}`;
  state.specs.set(id, window);
  return stateOf(state, id, newBudget);
}

/** The process-wide default store. */
export const sharedMemoryStore = new MemoryStore();
