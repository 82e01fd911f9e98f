// What a live draft takes just now: nothing while an agreement poll has locked it, and only
// suggestions while it is in review. Clients that asked for Roundtable's extensions are told
// (the status frame), so the editor can say why.
import type * as Y from 'yjs';
import { encodeStatus } from './codec.ts';
import { SuggestionGuard } from './suggestion-guard.ts';

export class DraftRules {
  /** While set, every update is dropped: an agreement poll is open on this draft. */
  lockedReason: string | null = null;
  /** While set (a draft in review), updates must only add or withdraw suggestions. */
  suggestionsOnly: string | null = null;
  private guard: SuggestionGuard | null = null;

  constructor(private readonly doc: Y.Doc) {}

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
    this.guard?.destroy();
    this.guard = reason === null ? null : new SuggestionGuard(this.doc);
    return true;
  }

  /** Whether a client's update keeps to the review (always, when not in review). */
  admits(update: Uint8Array): boolean {
    return !this.guard || this.guard.admits(update);
  }

  /** Follows an update the document took. */
  observe(update: Uint8Array): void {
    this.guard?.observe(update);
  }

  /** An admitted update that will never be taken (it was not stored). */
  forget(update: Uint8Array): void {
    this.guard?.forget(update);
  }

  statusFrame(): Uint8Array {
    return encodeStatus({ lockedReason: this.lockedReason, suggestionsOnly: this.suggestionsOnly });
  }

  destroy(): void {
    this.guard?.destroy();
  }
}
