// What one person may be sent in answers to sync step 1 in one room, over all their connections:
// a burst of 64 MiB, then 2 MiB a second. Pacing each connection (step-one-pace.ts) alone let a
// person who reconnected again and again be sent 4.6 GB of a 3.3 MB document in 10 s, a core's
// worth of the server's time. The burst covers anyone's tabs and reconnects (a dozen copies of a
// large draft); an answer past the budget waits until the budget has refilled, it is not refused.

export const ANSWER_BURST_BYTES = 64 * 1024 * 1024;
export const ANSWER_REFILL_BYTES_PER_MS = (2 * 1024 * 1024) / 1000;

export class AnswerBudgets {
  /** Budgets not full; a full one is forgotten. */
  private readonly left = new Map<string, { bytes: number; at: number }>();

  /**
   * Spends `bytes` of `who`'s budget and returns 0, or returns how many milliseconds to wait
   * before it can. An answer larger than the burst (a document over 64 MiB) needs a full budget.
   */
  spend(who: string, bytes: number): number {
    const now = performance.now();
    const balance = this.balanceOf(who, now);
    const cost = Math.min(bytes, ANSWER_BURST_BYTES);
    if (balance < cost) return Math.ceil((cost - balance) / ANSWER_REFILL_BYTES_PER_MS);
    this.left.set(who, { bytes: balance - cost, at: now });
    if (this.left.size > 1000) this.forgetFull(now);
    return 0;
  }

  /** Counts an answer already sent (while the document loaded): the budget may go below zero. */
  charge(who: string, bytes: number): void {
    const now = performance.now();
    const balance = this.balanceOf(who, now);
    this.left.set(who, { bytes: Math.max(-ANSWER_BURST_BYTES, balance - bytes), at: now });
  }

  private balanceOf(who: string, now: number): number {
    const entry = this.left.get(who);
    if (!entry) return ANSWER_BURST_BYTES;
    return Math.min(
      ANSWER_BURST_BYTES,
      entry.bytes + (now - entry.at) * ANSWER_REFILL_BYTES_PER_MS,
    );
  }

  private forgetFull(now: number): void {
    for (const who of this.left.keys()) {
      if (this.balanceOf(who, now) >= ANSWER_BURST_BYTES) this.left.delete(who);
    }
  }
}
