// The one gate for changes Roundtable itself writes into a live draft: restoring a version and
// accepting or rejecting a suggestion (by a person or by a meeting poll). It asks whether the
// draft is locked by an agreement poll or in review, lets shared/domain/server-changes decide,
// and only then keeps whatever must be kept first and writes the change (stored, then relayed
// by the rooms). A refused change writes and keeps nothing.
import { refusalOf, type ServerChange } from '@roundtable/shared/domain/server-changes';
import type { DocumentRecord } from '../storage/ports.ts';
import { ServiceError } from './errors.ts';
import type { LiveDocuments } from './live-documents.ts';

export interface ServerWritesOptions {
  /** Stores the update, then applies and relays it wherever the document is open. */
  applyServerUpdate: LiveDocuments['applyServerUpdate'];
  /** Why an open agreement poll has locked the draft, or null. */
  lockOf: (document: Pick<DocumentRecord, 'id' | 'workspaceId'>) => Promise<string | null>;
  inReview: (documentId: string) => Promise<boolean>;
}

export interface ServerWrite<Kept> {
  document: Pick<DocumentRecord, 'id' | 'workspaceId' | 'deletedAt'>;
  change: ServerChange;
  update: Uint8Array;
  /**
   * What is kept once the change is admitted, before it is written: the draft as it was (a
   * restore), the decision's record (a suggestion). It may throw to stop the write.
   */
  keepFirst: () => Promise<Kept>;
}

export class ServerWrites {
  constructor(private readonly options: ServerWritesOptions) {}

  /** Throws 409 with the reason when the draft does not take this change now. */
  async admit(
    document: Pick<DocumentRecord, 'id' | 'workspaceId' | 'deletedAt'>,
    change: ServerChange,
  ): Promise<void> {
    const [lockedReason, inReview] = await Promise.all([
      this.options.lockOf(document),
      this.options.inReview(document.id),
    ]);
    const refusal = refusalOf(change, {
      lockedReason,
      inReview,
      inBin: document.deletedAt !== null,
    });
    if (refusal !== null) throw new ServiceError('conflict', refusal);
  }

  /** Admits the change, keeps what must be kept, writes it; returns what was kept. */
  async write<Kept>({ document, change, update, keepFirst }: ServerWrite<Kept>): Promise<Kept> {
    await this.admit(document, change);
    const kept = await keepFirst();
    await this.options.applyServerUpdate(document.id, update);
    return kept;
  }
}
