// Calls back once nothing has happened for a while: the prover drops its copy of a document,
// and the rooms save a version once people stop writing. One timer per quiet spell, moved on
// only when it fires: clearing and setting a timer at every keystroke cost more than the rest
// of the per-update bookkeeping (docs/develop/performance.md).

export class QuietSpell {
  private timer: NodeJS.Timeout | undefined;
  /** performance.now() when something last happened. */
  private lastAt = 0;
  private readonly ms: number;
  private readonly onQuiet: () => void;

  constructor(ms: number, onQuiet: () => void) {
    this.ms = ms;
    this.onQuiet = onQuiet;
  }

  /** Something happened: `onQuiet` runs once `ms` pass without another. */
  touch(): void {
    this.lastAt = performance.now();
    if (this.timer === undefined) this.wait(this.ms);
  }

  /** True from a touch until its quiet spell ends or is cancelled. */
  get waiting(): boolean {
    return this.timer !== undefined;
  }

  /** Nothing is waited for any more (until the next touch). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wait(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const quietFor = performance.now() - this.lastAt;
      if (quietFor >= this.ms) this.onQuiet();
      else this.wait(this.ms - quietFor);
    }, ms);
    this.timer.unref();
  }
}
