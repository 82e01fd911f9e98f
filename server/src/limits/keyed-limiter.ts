// A per-process rate limit keyed by a verified person, for the meeting channel's messages (a
// socket's events, where an answer must be synchronous). HTTP requests use the shared limits in
// request-limits.ts instead. Past `maxKeys` the oldest bucket is forgotten, never all of them.
import { TokenBucket } from './token-bucket.ts';

const MAX_KEYS = 10_000;

export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly options: { perSecond: number; burst: number; now: () => number }) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= MAX_KEYS) {
        const oldest = this.buckets.keys().next();
        if (!oldest.done) this.buckets.delete(oldest.value);
      }
      bucket = new TokenBucket(this.options);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }
}
