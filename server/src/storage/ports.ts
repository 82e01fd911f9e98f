// The storage ports: what the rest of the server may ask of a store. Two implementations
// (SQLite, Postgres) satisfy these and pass one contract suite (contract.ts).

import type { CommentStore } from './comment-ports.ts';
import type { ConsultationStore } from './consultation-ports.ts';
import type { ConsultationQuestionStore } from './consultation-question-ports.ts';
import type { HardWordStore } from './hard-word-ports.ts';
import type { EasyReadCheckStore } from './easy-read-ports.ts';
import type { ErasureStore } from './erasure-ports.ts';
import type { EventStore } from './event-ports.ts';
import type { IdentityStore } from './identity-ports.ts';
import type { MeetingStore } from './meeting-ports.ts';
import type { NoticeStore } from './notice-ports.ts';
import type { RecruitingStores } from './recruiting-ports.ts';
import type { PictureStore } from './picture-ports.ts';
import type { ProposalStore } from './proposal-ports.ts';
import type { SuggestionDecisionStore } from './suggestion-ports.ts';
import type { VersionStore } from './version-ports.ts';

export interface WorkspaceRecord {
  id: string;
  name: string;
  createdAt: string;
}

export interface DocumentRecord {
  id: string;
  workspaceId: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  /** Set on an Easy Read version: the full draft it is the Easy Read version of. */
  easyReadOf: string | null;
}

export interface WorkspaceStore {
  createWorkspace(input: WorkspaceRecord): Promise<WorkspaceRecord>;
  getWorkspace(id: string): Promise<WorkspaceRecord | undefined>;
  listWorkspaces(): Promise<WorkspaceRecord[]>;
  renameWorkspace(id: string, name: string): Promise<WorkspaceRecord | undefined>;
  /** The workspace's settings as stored (JSON), or undefined when none were ever saved. */
  getSettings(id: string): Promise<unknown>;
  putSettings(id: string, settings: unknown): Promise<void>;
}

export interface DocumentStore {
  /** Creates the record and its first content (a snapshot) in one transaction. */
  createDocument(input: {
    record: Omit<DocumentRecord, 'deletedAt' | 'easyReadOf'>;
    initialState: Uint8Array;
  }): Promise<DocumentRecord>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  listDocuments(filter: { workspaceId?: string; inBin: boolean }): Promise<DocumentRecord[]>;
  updateDocument(
    id: string,
    change: { title?: string; deletedAt?: string | null; updatedAt: string },
  ): Promise<DocumentRecord | undefined>;
  /** Erases documents (record, snapshot and log) that went to the bin before `cutoff`. */
  purgeBin(cutoff: string): Promise<string[]>;
  /**
   * Creates the Easy Read version of `draftId` (record and first content) in one transaction;
   * undefined, and nothing created, when the draft already has one.
   */
  createEasyReadVersion(input: {
    record: Omit<DocumentRecord, 'deletedAt' | 'easyReadOf'>;
    draftId: string;
    initialState: Uint8Array;
  }): Promise<DocumentRecord | undefined>;
  /** The draft's Easy Read version, in the bin or not. */
  findEasyReadVersion(draftId: string): Promise<DocumentRecord | undefined>;
}

/** The person whose connection first sent changes made under a Yjs client id. */
export interface ClientAuthor {
  clientId: number;
  userId: string;
}

export interface PendingUpdate {
  documentId: string;
  update: Uint8Array;
  /** Client ids this update introduces, with who sent them; stored with the update. */
  authors?: readonly ClientAuthor[];
}

/** Where a loaded update is stored, so one that fails to apply can be quarantined. */
export type StoredUpdateRef = { kind: 'snapshot' } | { kind: 'log'; seq: number };

export interface StoredDocumentState {
  /** Snapshot first (if any), then the log tail in order. */
  updates: Uint8Array[];
  /** Where each of `updates` is stored, in the same order. */
  refs: StoredUpdateRef[];
  /** Bytes in the log tail, which decides when to compact next. */
  logBytes: number;
  /** The snapshot was checked when compaction made it (see `MergedSnapshot.checked`). */
  snapshotChecked: boolean;
}

/** A stored update that failed to apply, moved aside so the document loads from the rest. */
export interface QuarantinedUpdate {
  documentId: string;
  /** Where it was stored: the snapshot, or the log entry with this seq. */
  ref: StoredUpdateRef;
  data: Uint8Array;
  /** Why it failed to apply. */
  error: string;
  quarantinedAt: string;
}

/** A document's updates merged into one, as compaction stores it. */
export interface MergedSnapshot {
  state: Uint8Array;
  /**
   * It was built into a document whole (nothing waiting for missing changes) and fits the
   * editor's schema: a new reader may be given it before the document has loaded again.
   */
  checked: boolean;
}

/**
 * Merges a document's updates into one; compaction is given this, so stores need no Yjs. Bare
 * bytes are a snapshot nobody checked.
 */
export type MergeUpdates = (
  updates: Uint8Array[],
) => Uint8Array | MergedSnapshot | Promise<Uint8Array | MergedSnapshot>;

export interface UpdateLog {
  /** Appends every update in one transaction; resolves only once they are durable. */
  appendUpdates(batch: readonly PendingUpdate[]): Promise<void>;
  /** Reads snapshot and tail consistently. Undefined when the document has no stored state. */
  loadDocument(documentId: string): Promise<StoredDocumentState | undefined>;
  /**
   * Replaces the snapshot and the log entries it covers by one merged snapshot. Safe to run
   * concurrently with appends and with another compaction of the same document: an update is
   * either in the new snapshot or still in the log, never neither. `evenWithoutLog` rewrites
   * a snapshot that has no log after it too (an erasure: deleted content is dropped). The merge
   * runs outside any transaction; a merge overtaken by another compaction is not stored.
   */
  compact(
    documentId: string,
    merge: MergeUpdates,
    options?: { evenWithoutLog?: boolean },
  ): Promise<{ mergedUpdates: number }>;
  /**
   * Who each Yjs client id in a document belongs to. The first person recorded for a client
   * id keeps it; the record outlives compaction because client ids live on in the content.
   */
  listClientAuthors(documentId: string): Promise<ClientAuthor[]>;
  /**
   * Moves one stored update (the snapshot or a log entry) to the quarantine, in one
   * transaction. False when it is no longer there (another process moved or compacted it).
   */
  quarantine(
    documentId: string,
    ref: StoredUpdateRef,
    reason: { error: string; at: string },
  ): Promise<boolean>;
  /** Quarantined updates, oldest first; of one document, or of every document. */
  listQuarantined(documentId?: string): Promise<QuarantinedUpdate[]>;
}

export interface Store extends RecruitingStores {
  readonly kind: 'sqlite' | 'postgres';
  readonly identity: IdentityStore;
  readonly meetings: MeetingStore;
  readonly versions: VersionStore;
  readonly proposals: ProposalStore;
  readonly suggestions: SuggestionDecisionStore;
  readonly comments: CommentStore;
  readonly hardWords: HardWordStore;
  readonly easyReadChecks: EasyReadCheckStore;
  readonly workspaces: WorkspaceStore;
  readonly documents: DocumentStore;
  readonly updates: UpdateLog;
  readonly pictures: PictureStore;
  readonly notices: NoticeStore;
  readonly erasure: ErasureStore;
  readonly events: EventStore;
  readonly consultations: ConsultationStore;
  readonly consultationQuestions: ConsultationQuestionStore;
  /**
   * Writes a consistent copy while the store stays in use (SQLite's online backup). Postgres
   * has no such method: back it up with pg_dump.
   */
  backup?(destination: string, onProgress: (fraction: number) => void): Promise<void>;
  /** Answers whether the store can be reached, for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
