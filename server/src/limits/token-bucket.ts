// A token bucket: allows bursts up to `burst`, refilled at `perSecond`. Time comes from the
// caller's clock so tests need not wait.

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

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until a token is there to take (0 when one is there now). */
  msUntilNext(): number {
    this.refill();
    if (this.tokens >= 1) return 0;
    return Math.ceil(((1 - this.tokens) / this.options.perSecond) * 1000);
  }

  private refill(): void {
    const now = this.options.now();
    const refill = ((now - this.last) / 1000) * this.options.perSecond;
    this.tokens = Math.min(this.options.burst, this.tokens + refill);
    this.last = now;
  }
}
