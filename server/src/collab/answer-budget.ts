// What one person may be sent in answers to sync step 1 in one room, over all their connections:
// a burst of 64 MiB, then 2 MiB a second. Pacing each connection (step-one-pace.ts) alone let a
// person who reconnected again and again be sent 4.6 GB of a 3.3 MB document in 10 s, a core's
// worth of the server's time. The burst covers anyone's tabs and reconnects (a dozen copies of a
// large draft); an answer past the budget waits until the budget has refilled, it is not refused.

import { KeyedBuckets } from '../limits/keyed-buckets.ts';

export const ANSWER_BURST_BYTES = 64 * 1024 * 1024;
export const ANSWER_REFILL_BYTES_PER_SECOND = 2 * 1024 * 1024;

export class AnswerBudgets {
  private readonly budgets = new KeyedBuckets({
    perSecond: ANSWER_REFILL_BYTES_PER_SECOND,
    burst: ANSWER_BURST_BYTES,
    now: () => performance.now(),
  });

  /**
   * Spends `bytes` of `who`'s budget and returns 0, or returns how many milliseconds to wait
   * before it can. An answer larger than the burst (a document over 64 MiB) needs a full budget.
   */
  spend(who: string, bytes: number): number {
    const budget = this.budgets.of(who);
    const cost = Math.min(bytes, ANSWER_BURST_BYTES);
    return budget.take(cost) ? 0 : budget.msUntilNext(cost);
  }

  /** Counts an answer already sent (while the document loaded): the budget may go below zero. */
  charge(who: string, bytes: number): void {
    this.budgets.of(who).charge(bytes);
  }
}
