// The storage port for named versions of a document: the whole encoded Yjs state at a moment.
// An agreed version is frozen: it can be superseded by a later agreed version, never changed.

export type VersionKind = 'named' | 'meeting-end' | 'quiet' | 'before-restore';

export interface Agreement {
  agreedAt: string;
  /** How it was agreed, e.g. the poll or proposal id and the rule that decided. */
  how: Record<string, unknown>;
}

export interface VersionRecord {
  id: string;
  documentId: string;
  name: string;
  kind: VersionKind;
  createdBy: string | null;
  createdAt: string;
  agreement: Agreement | null;
}

export interface VersionStore {
  createVersion(record: VersionRecord, state: Uint8Array): Promise<void>;
  listVersions(documentId: string): Promise<VersionRecord[]>;
  getVersion(id: string): Promise<VersionRecord | undefined>;
  getVersionState(id: string): Promise<Uint8Array | undefined>;
  /** Marks a version agreed, once; false if it was already agreed or does not exist. */
  markAgreed(id: string, agreement: Agreement): Promise<boolean>;
  renameVersion(id: string, name: string): Promise<boolean>;
  /** Deletes a version unless it is agreed or out for public comment; false when it was kept. */
  deleteVersion(id: string): Promise<boolean>;
}
