// The rule for drafts in review that take changes only as suggestions: an update may add or
// withdraw suggestions, but must not change the draft as it would read if every pending
// suggestion were turned down (its "baseline", baseline-runs.ts). Typing plain words, deleting
// words outright, accepting a suggestion, changing bold or italic, or adding, changing or
// removing a paragraph's picture all change the baseline, so they are refused (a picture cannot
// be suggested; the editor does not offer it in review).
//
// Known limits: the block structure is not compared (a raw client could split or join
// paragraphs, or turn one into a heading, without a suggestion; the words stay as they were),
// and anyone may withdraw a suggestion, including someone else's, since that leaves the
// baseline as it was.
//
// The cost of a check follows the update, not the draft: the guard keeps a shadow copy of the
// draft and each top-level block's baseline runs, applies the update to the shadow, and
// compares only the stretch of blocks between the first and last block the update touched
// (the baseline is the blocks' runs one after another, and the blocks outside that stretch are
// as they were). A refused update has changed the shadow, so the shadow is rebuilt (from the
// live document and the updates admitted since) before the next check.
import * as Y from 'yjs';
import { newServerDoc } from '../documents/server-doc.ts';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { blocksOf, joinRuns, runsOfBlock, type Run } from './baseline-runs.ts';
import { blocksTouchedBy, stretchOf, type Touched } from './touched-blocks.ts';

/** Admitted updates the room has not taken yet; more than this and the shadow is rebuilt. */
const MAX_AHEAD = 1000;

/**
 * Keeps a shadow copy of a document in review and answers, for each update a person sends,
 * whether it only adds or withdraws suggestions. Every update the room takes from elsewhere
 * (other processes, the server's own accept or reject) is shown to it too.
 */
export class SuggestionGuard {
  private shadow!: Y.Doc;
  /** Each live top-level block of the shadow, and its baseline runs. */
  private runs = new Map<Y.Item, Run[]>();
  /** Admitted, not yet taken by the room: the shadow has them, the live document not yet. */
  private readonly ahead: Uint8Array[] = [];
  private stale = true;
  /** Set while `admits` applies an update: whether the baseline stayed as it was. */
  private judging: { kept: boolean } | null = null;

  constructor(private readonly live: Y.Doc) {
    this.rebuild();
  }

  /** True (and remembered) when the update leaves the baseline as it was. */
  admits(update: Uint8Array): boolean {
    if (this.stale) this.rebuild();
    const verdict = { kept: true };
    this.judging = verdict;
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      verdict.kept = false;
    } finally {
      this.judging = null;
    }
    // Content waiting for a missing earlier change cannot be judged yet: refuse it.
    if (!verdict.kept || this.waiting()) {
      this.stale = true;
      return false;
    }
    this.ahead.push(update);
    if (this.ahead.length > MAX_AHEAD) this.stale = true;
    return true;
  }

  /** An update the room took (it may change the baseline: an acceptance). */
  observe(update: Uint8Array): void {
    const index = this.ahead.indexOf(update);
    if (index >= 0) {
      this.ahead.splice(index, 1);
      return;
    }
    if (this.stale) return;
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      this.stale = true;
    }
    if (this.waiting()) this.stale = true;
  }

  /** An admitted update that will never be taken (it was not stored). */
  forget(update: Uint8Array): void {
    const index = this.ahead.indexOf(update);
    if (index < 0) return;
    this.ahead.splice(index, 1);
    this.stale = true;
  }

  destroy(): void {
    this.shadow.destroy();
  }

  private waiting(): boolean {
    return this.shadow.store.pendingStructs !== null || this.shadow.store.pendingDs !== null;
  }

  private rebuild(): void {
    this.shadow?.destroy();
    const shadow = newServerDoc();
    shadow.getXmlFragment(CONTENT_FRAGMENT);
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.live));
    for (const update of this.ahead) Y.applyUpdate(shadow, update);
    this.runs = new Map([...blocksOf(shadow)].map((block) => [block, runsOfBlock(block)]));
    // Judged before Yjs tidies deleted content away at the end of the transaction.
    shadow.on('afterTransaction', (transaction: Y.Transaction) => this.follow(transaction));
    this.shadow = shadow;
    this.stale = false;
  }

  /** Brings the blocks' runs up to date and, while judging, compares the touched stretch. */
  private follow(transaction: Y.Transaction): void {
    const fragment = this.shadow.getXmlFragment(CONTENT_FRAGMENT);
    const touched = blocksTouchedBy(transaction, fragment);
    if (touched.size === 0) return;
    const now = new Map<Y.Item, Run[]>();
    for (const block of touched.keys()) if (!block.deleted) now.set(block, runsOfBlock(block));
    if (this.judging?.kept) {
      this.judging.kept = this.stretchKept(stretchOf(touched), touched, now);
    }
    for (const block of touched.keys()) {
      const runs = now.get(block);
      if (runs) this.runs.set(block, runs);
      else this.runs.delete(block);
    }
  }

  private stretchKept(stretch: Y.Item[], touched: Touched, now: Map<Y.Item, Run[]>): boolean {
    const before: Run[][] = [];
    const after: Run[][] = [];
    for (const block of stretch) {
      const wasLive = touched.get(block)?.wasLive ?? !block.deleted;
      if (wasLive) before.push(this.runs.get(block) ?? []);
      if (!block.deleted) after.push(now.get(block) ?? this.runs.get(block) ?? runsOfBlock(block));
    }
    return joinRuns(before) === joinRuns(after);
  }
}
