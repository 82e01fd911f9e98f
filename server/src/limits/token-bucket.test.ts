import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket.ts';

describe('TokenBucket', () => {
  it('takes amounts of tokens, says how long until an amount is there, and may owe a burst', () => {
    let clock = 0;
    const bucket = new TokenBucket({ perSecond: 1000, burst: 4000, now: () => clock });
    expect(bucket.take(3000)).toBe(true);
    expect(bucket.take(2000)).toBe(false);
    expect(bucket.available()).toBe(1000);
    expect(bucket.msUntilNext(2000)).toBe(1000);
    clock += 1000;
    expect(bucket.take(2000)).toBe(true);
    // Work already done is charged however few tokens are there, down to a burst owed.
    bucket.charge(10_000);
    expect(bucket.available()).toBe(-4000);
    clock += 5000;
    expect(bucket.available()).toBe(1000);
    clock += 60_000;
    expect(bucket.available()).toBe(4000);
  });
});
