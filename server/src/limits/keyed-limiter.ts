// Rate limits keyed by person, session, token or (for anonymous requests only) address. Buckets
// that have refilled are forgotten, so memory stays bounded.
import { TokenBucket } from './token-bucket.ts';

export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly options: { perSecond: number; burst: number; now: () => number }) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 10_000) this.buckets.clear();
      bucket = new TokenBucket(this.options);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }
}
