// One token bucket per key (a person, say), made when first used. A bucket that has refilled
// completely is no different from a new one, so full buckets are forgotten once many are kept.
import { TokenBucket } from './token-bucket.ts';

export interface KeyedBucketsOptions {
  perSecond: number;
  burst: number;
  now: () => number;
}

const FORGET_FULL_PAST = 1000;

export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly options: KeyedBucketsOptions) {}

  /** The bucket for `key`. */
  of(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= FORGET_FULL_PAST) this.forgetFull();
      bucket = new TokenBucket(this.options);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private forgetFull(): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.available() >= this.options.burst) this.buckets.delete(key);
    }
  }
}
