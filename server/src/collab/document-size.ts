// A document's size against its limit (`MAX_DOCUMENT_BYTES`). Kept cheaply as a running total:
// its encoded state when last measured, plus the byte length of every update taken since. That
// total runs far ahead of the document: a keystroke's update is about 20 bytes, yet adds one to
// the encoded state (Yjs merges consecutive letters into one item), and a change sent again, or a
// deletion, adds nothing or less. So when the total says an update would pass the limit, the
// document is measured exactly (encoded whole, with the update) before anything is refused.
// Encoding costs time in proportion to the document (16 MiB of pasted text took 33 ms here, a
// 1.8 MB document of 100,000 scattered edits 100 ms), so the person whose change needs a
// measurement pays for it from their budget of bytes encoded, over every document:
// MEASURE_BURST_BYTES at once, then MEASURE_BYTES_PER_SECOND. Per person, not per document, so
// nobody multiplies it by opening many documents, or spends it for someone else in theirs.
import { KeyedBuckets } from '../limits/keyed-buckets.ts';
import type { TokenBucket } from '../limits/token-bucket.ts';

/** An update would take the document past its size limit: refused, nothing stored. */
export class DocumentFull extends Error {
  override readonly name = 'DocumentFull';
}

/** The sender's measuring budget is spent: the update is not stored, its sender should resend. */
export class SizeMeasuredRecently extends Error {
  override readonly name = 'SizeMeasuredRecently';
}

/** Four measurements of a document at the default limit (16 MiB) at once. */
export const MEASURE_BURST_BYTES = 64 * 1024 * 1024;
/**
 * Then a mebibyte a second (a 16 MiB document every 16 s): some 2 ms of encoding a second for
 * pasted text, 60 ms for the most fragmented document tried.
 */
export const MEASURE_BYTES_PER_SECOND = 1024 * 1024;

/** Each person's measuring budget, one for the whole process. */
export function measuringBudgets(now: () => number = () => performance.now()): KeyedBuckets {
  return new KeyedBuckets({ perSecond: MEASURE_BYTES_PER_SECOND, burst: MEASURE_BURST_BYTES, now });
}

function sizeInWords(bytes: number): string {
  const MiB = 1024 * 1024;
  return bytes >= MiB ? `${Math.floor(bytes / MiB)} MiB` : `${Math.floor(bytes / 1024)} KiB`;
}

export class DocumentSize {
  /** At least the document's encoded size (with the updates still being stored). */
  bytes: number;

  constructor(
    /** The byte length of the document's encoded state at load. */
    stateBytes: number,
    /** Largest size, in bytes of Yjs updates, the document may grow to; unlimited if absent. */
    private readonly max: number | undefined,
  ) {
    this.bytes = stateBytes;
  }

  /**
   * Counts an update's bytes against the size limit before it is stored. When the running total
   * would pass the limit, `measure` gives the document's exact encoded size with the update (and
   * with every update still being stored), paid for from `measuring`, the sender's budget.
   * Throws DocumentFull when that is over the limit, and SizeMeasuredRecently when the budget is
   * spent.
   */
  reserve(bytes: number, measure: () => number, measuring: TokenBucket): void {
    const max = this.max;
    if (max === undefined || this.bytes + bytes <= max) {
      this.bytes += bytes;
      return;
    }
    if (measuring.available() <= 0) {
      throw new SizeMeasuredRecently('the document was measured a moment ago');
    }
    // An upper bound again, also when the update is refused (it is in the measure).
    this.bytes = measure();
    measuring.charge(this.bytes);
    if (this.bytes > max) {
      // A close reason may hold at most 123 bytes.
      throw new DocumentFull(
        `This document has reached its size limit (${sizeInWords(max)}), so your change was not saved.`,
      );
    }
  }

  /** Counts bytes that are taken whatever the limit (deletions, and stored updates). */
  add(bytes: number): void {
    this.bytes += bytes;
  }
}
