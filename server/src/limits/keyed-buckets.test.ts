// One bucket per key: what one key spends is its own, and forgetting full buckets (to bound
// memory) never gives anyone back what they spent.
import { describe, expect, it } from 'vitest';
import { KeyedBuckets } from './keyed-buckets.ts';

describe('KeyedBuckets', () => {
  it("keeps each key's spending apart", () => {
    const buckets = new KeyedBuckets({ perSecond: 1, burst: 10, now: () => 0 });
    expect(buckets.of('sam').take(10)).toBe(true);
    expect(buckets.of('sam').take(1)).toBe(false);
    expect(buckets.of('kim').take(10)).toBe(true);
  });

  it('forgets only full buckets once many are kept, so nobody is refilled by it', () => {
    let now = 0;
    const buckets = new KeyedBuckets({ perSecond: 1, burst: 10, now: () => now });
    buckets.of('sam').charge(20); // spends its 10, and owes 10
    for (let i = 0; i < 1500; i++) buckets.of(`reader-${i}`);
    expect(buckets.of('sam').available()).toBe(-10);
    now += 5000;
    for (let i = 1500; i < 3000; i++) buckets.of(`reader-${i}`);
    expect(buckets.of('sam').available()).toBe(-5);
  });
});
