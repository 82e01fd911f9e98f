// What a live draft takes just now: nothing while an agreement poll has locked it, and only
// suggestions while it is in review. Clients that asked for Roundtable's extensions are told
// (the status frame), so the editor can say why.
import { encodeStatus } from './codec.ts';
import { SuggestionGuard } from './suggestion-guard.ts';
import type { UpdateProver } from './update-prover.ts';

export class DraftRules {
  /** While set, every update is dropped: an agreement poll is open on this draft. */
  lockedReason: string | null = null;
  /** While set (a draft in review), updates must only add or withdraw suggestions. */
  suggestionsOnly: string | null = null;
  private guard: SuggestionGuard | null = null;

  /** `prover`: the room's, whose copy the review's guard reads. */
  constructor(private readonly prover: UpdateProver) {}

  /** Whether the lock changed. */
  setLock(reason: string | null): boolean {
    if (this.lockedReason === reason) return false;
    this.lockedReason = reason;
    return true;
  }

  /** Whether the review changed. */
  setSuggestionsOnly(reason: string | null): boolean {
    if (this.suggestionsOnly === reason) return false;
    this.suggestionsOnly = reason;
    if (reason === null) this.stopGuarding();
    else if (!this.guard) {
      this.guard = new SuggestionGuard();
      this.prover.follow(this.guard);
    }
    return true;
  }

  /**
   * Whether a client's update, just proven, keeps to the review (always, when not in review).
   * One that does not must be forgotten by the prover.
   */
  admits(update: Uint8Array): boolean {
    return !this.guard || this.guard.admits(update);
  }

  statusFrame(): Uint8Array {
    return encodeStatus({ lockedReason: this.lockedReason, suggestionsOnly: this.suggestionsOnly });
  }

  destroy(): void {
    this.stopGuarding();
  }

  private stopGuarding(): void {
    if (this.guard) this.prover.unfollow(this.guard);
    this.guard = null;
  }
}
