// Answers one connection's sync step 1 at most once every STEP_ONE_EVERY_MS. A client asks once
// when it connects (and, with y-websocket's resyncInterval, every few seconds at most); a client
// that asks again and again with an empty state vector would be sent the whole document each
// time, as fast as it reads (2 GB in 10 s in an attack test). An ask within the interval waits
// for its end and is answered then, from the latest state vector asked with, so nothing is lost:
// live updates reach the connection meanwhile, and the answer brings whatever they did not.

/** At most one answer per connection this often. */
export const STEP_ONE_EVERY_MS = 2000;

export class StepOnePace {
  private lastAnsweredAt = -Infinity;
  private waiting: Uint8Array | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly answer: (stateVector: Uint8Array) => void,
    private readonly everyMs = STEP_ONE_EVERY_MS,
  ) {}

  ask(stateVector: Uint8Array): void {
    const sinceLast = performance.now() - this.lastAnsweredAt;
    if (this.timer === undefined && sinceLast >= this.everyMs) {
      this.answerNow(stateVector);
      return;
    }
    this.waiting = stateVector;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const stateVector = this.waiting;
      this.waiting = null;
      if (stateVector) this.answerNow(stateVector);
    }, this.everyMs - sinceLast);
  }

  /** The connection left: a waiting ask is not answered. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = null;
  }

  private answerNow(stateVector: Uint8Array): void {
    this.lastAnsweredAt = performance.now();
    this.answer(stateVector);
  }
}
