// How much later than the limiter granted it a request may reach the server.
// Its grant, the send, the trip to the server and the server's own queue all
// come before the server counts it, and all vary (scheduling, GC, the
// network, a shared store's round trip). A request can never arrive later
// than its answer comes back, so the longest recent round trip (from grant
// to the answer's head) bounds it, with no assumption about how the delay
// splits. A GCRA plans its burst that much smaller (a steady stream still
// runs at the full rate), and a sliding or fixed window counts a request that
// failed without an answer that much past its end (an answered one counts
// until its answer, which it cannot arrive after).
// Before any answer, a default; never more than `maxMs`.

const SAMPLES = 64;

export class ArrivalMargin {
  readonly #samples: number[] = [];
  #next = 0;

  constructor(
    private readonly initialMs = 250,
    private readonly maxMs = 1000,
  ) {}

  /** A request granted `roundTripMs` ago got its answer's head now. */
  add(roundTripMs: number): void {
    if (!(roundTripMs >= 0)) return;
    this.#samples[this.#next] = roundTripMs;
    this.#next = (this.#next + 1) % SAMPLES;
  }

  get ms(): number {
    if (this.#samples.length === 0) return this.initialMs;
    let longest = 0;
    for (const sample of this.#samples) if (sample > longest) longest = sample;
    // A few ms more for timer slack.
    return Math.min(this.maxMs, longest + 5);
  }
}
