// Answers to sync step 1. The answer to a client that has none of this document (a new reader)
// is encoded once, not once per reader, until the document changes.
import * as Y from 'yjs';
import { encodeSyncStep2, encodeSyncStep2Of } from './codec.ts';

export class SyncAnswers {
  private wholeDocumentAnswer: Uint8Array | null = null;
  /** Whether the document has taken anything since it was loaded. */
  changedSinceLoad = false;

  /** `state`: the document's whole state, when it has just been encoded anyway (at load). */
  constructor(
    private readonly doc: Y.Doc,
    state?: Uint8Array,
  ) {
    if (state) this.wholeDocumentAnswer = encodeSyncStep2Of(state);
    // Not 'update': with a listener for it, Yjs encodes every transaction as an update.
    doc.on('afterTransaction', this.forgetWholeDocumentAnswer);
  }

  private readonly forgetWholeDocumentAnswer = (transaction: Y.Transaction): void => {
    if (this.wholeDocumentAnswer === null && this.changedSinceLoad) return;
    if (!changed(transaction)) return;
    this.wholeDocumentAnswer = null;
    this.changedSinceLoad = true;
  };

  /** Sync step 2 for this state vector; shared by every reader who has nothing yet. */
  answer(stateVector: Uint8Array): Uint8Array {
    const known = Y.decodeStateVector(stateVector);
    const hasNothing = [...this.doc.store.clients.keys()].every(
      (client) => (known.get(client) ?? 0) === 0,
    );
    if (!hasNothing) return encodeSyncStep2(this.doc, stateVector);
    this.wholeDocumentAnswer ??= encodeSyncStep2(this.doc, new Uint8Array([0]));
    return this.wholeDocumentAnswer;
  }
}

/** Whether a transaction added or deleted anything. */
function changed(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}
