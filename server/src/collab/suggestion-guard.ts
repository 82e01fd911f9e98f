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
// The cost of a check follows the update, not the draft. The guard reads the prover's copy of
// the draft (update-prover.ts), which takes every update before the live document does: it keeps
// each top-level block's baseline runs, and as the copy takes a person's update it compares only
// the stretch of blocks between the first and last block the update touched (the baseline is the
// blocks' runs one after another, and the blocks outside that stretch are as they were). A
// refused update is forgotten by the prover, which drops its copy; the guard reads the next copy
// afresh.
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '@roundtable/shared/protocol/collab';
import { blocksOf, joinRuns, runsOfBlock, type Run } from './baseline-runs.ts';
import { blocksTouchedBy, stretchOf, type Touched } from './touched-blocks.ts';
import { proofOf, type CopyFollower } from './update-prover.ts';

/**
 * Answers, for each update a person sends to a draft in review, once the prover has tried it on
 * its copy, whether it only added or withdrew suggestions.
 */
export class SuggestionGuard implements CopyFollower {
  private copy: Y.Doc | null = null;
  /** Each live top-level block of the copy, and its baseline runs. */
  private runs = new Map<Y.Item, Run[]>();
  /** The last person's update the copy took that changed the baseline. */
  private changedBy: Uint8Array | null = null;

  copied(copy: Y.Doc): void {
    this.dropped();
    this.copy = copy;
    this.runs = new Map([...blocksOf(copy)].map((block) => [block, runsOfBlock(block)]));
    // Judged before Yjs tidies deleted content away at the end of the transaction.
    copy.on('afterTransaction', this.follow);
  }

  dropped(): void {
    this.copy?.off('afterTransaction', this.follow);
    this.copy = null;
    this.runs = new Map();
  }

  /** True when the update, proven on the copy just now, left the baseline as it was. */
  admits(update: Uint8Array): boolean {
    const changed = this.changedBy === update;
    this.changedBy = null;
    return !changed;
  }

  /** Brings the blocks' runs up to date and, for a person's update, compares the stretch. */
  private readonly follow = (transaction: Y.Transaction): void => {
    const fragment = transaction.doc.getXmlFragment(CONTENT_FRAGMENT);
    const touched = blocksTouchedBy(transaction, fragment);
    if (touched.size === 0) return;
    const now = new Map<Y.Item, Run[]>();
    for (const block of touched.keys()) if (!block.deleted) now.set(block, runsOfBlock(block));
    const proof = proofOf(transaction);
    if (proof?.source.kind === 'person' && !this.stretchKept(stretchOf(touched), touched, now)) {
      this.changedBy = proof.update;
    }
    for (const block of touched.keys()) {
      const runs = now.get(block);
      if (runs) this.runs.set(block, runs);
      else this.runs.delete(block);
    }
  };

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
