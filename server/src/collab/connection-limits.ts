// How many /collab connections one person may open: at a pace, counted by the credential they
// present before it is checked (so opening and dropping connections in a loop costs no sign-in
// work past the budget), and at once in one document (each connection is sent everyone's
// presence and every change, so a person's hundred connections would multiply both).
import { KeyedBuckets } from '../limits/keyed-buckets.ts';

export interface ConnectionLimitsOptions {
  /** Connections one credential may open a second (bursts of ten seconds' worth). */
  opensPerSecond: number;
  /** Connections one person may have open in one document. */
  perPersonInDocument: number;
  now: () => number;
}

export class ConnectionLimits {
  private readonly opens: KeyedBuckets;
  /** Open connections per person and document (`documentId person`), while any are. */
  private readonly open = new Map<string, number>();

  constructor(private readonly options: ConnectionLimitsOptions) {
    this.opens = new KeyedBuckets({
      perSecond: options.opensPerSecond,
      burst: options.opensPerSecond * 10,
      now: options.now,
    });
  }

  /** Counts an opening by this credential; false when it opens too fast. */
  mayOpen(credential: string): boolean {
    return this.opens.of(credential).take();
  }

  /**
   * Counts a connection in, and returns the function that counts it out; null (counting
   * nothing) when the person has as many open in this document as they may.
   */
  enter(documentId: string, person: string): (() => void) | null {
    const key = `${documentId} ${person}`;
    const count = this.open.get(key) ?? 0;
    if (count >= this.options.perPersonInDocument) return null;
    this.open.set(key, count + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const now = (this.open.get(key) ?? 1) - 1;
      if (now > 0) this.open.set(key, now);
      else this.open.delete(key);
    };
  }
}
