// A token bucket: allows bursts up to `burst`, refilled at `perSecond`. Tokens may stand for
// messages (one each) or bytes (as many as a message's size). Time comes from the caller's clock
// so tests need not wait.

export interface TokenBucketOptions {
  perSecond: number;
  burst: number;
  now: () => number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly options: TokenBucketOptions) {
    this.tokens = options.burst;
    this.last = options.now();
  }

  /** Takes `amount` tokens; false, taking none, when fewer are there. */
  take(amount = 1): boolean {
    this.refill();
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }

  /** Milliseconds until `amount` tokens are there to take (0 when they are there now). */
  msUntilNext(amount = 1): number {
    this.refill();
    if (this.tokens >= amount) return 0;
    return Math.ceil(((amount - this.tokens) / this.options.perSecond) * 1000);
  }

  /**
   * Takes `amount` for work already done, however few tokens are there: the bucket may owe up to
   * a burst, and refills from the debt.
   */
  charge(amount: number): void {
    this.refill();
    this.tokens = Math.max(-this.options.burst, this.tokens - amount);
  }

  /** Tokens there now; below zero while the bucket owes. */
  available(): number {
    this.refill();
    return this.tokens;
  }

  private refill(): void {
    const now = this.options.now();
    const refill = ((now - this.last) / 1000) * this.options.perSecond;
    this.tokens = Math.min(this.options.burst, this.tokens + refill);
    this.last = now;
  }
}
