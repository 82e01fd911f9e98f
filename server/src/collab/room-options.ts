// What a document room is given: its document as loaded, and what it calls out to (storage,
// the other processes, the registry that owns it).
import type * as Y from 'yjs';
import type { DocumentMessage } from '../bus/ports.ts';
import type { ClientAuthor } from '../storage/ports.ts';
import type { PendingCommit } from './persist-queue.ts';
import type { SchemaGuard } from '../documents/schema-guard.ts';
import type { KeyedBuckets } from '../limits/keyed-buckets.ts';

/** `Room` is the DocumentRoom these options make (named here as a parameter: room.ts imports this). */
export interface DocumentRoomOptions<Room> {
  documentId: string;
  doc: Y.Doc;
  /** The document's whole state as one update, when the loader has it; else it is encoded. */
  state?: Uint8Array;
  /** Bytes already in the stored log tail when the room was loaded. */
  logBytes: number;
  /** Hands an update to storage; `commit` is called once it is stored. */
  persist: (pending: PendingCommit) => void;
  /** Called when the log tail has grown past the compaction bound. */
  onLogGrown: (room: Room) => void;
  compactAfterBytes: number;
  /** Called after each edit this process stored (for the quiet-spell version). */
  onEdited?: (room: Room) => void;
  /** Sends a stored update or an awareness change to the other server processes. */
  publish: (message: DocumentMessage) => void;
  /** Largest size, in bytes of Yjs updates, the document may grow to (`MAX_DOCUMENT_BYTES`). */
  maxDocumentBytes?: number;
  /** Each person's budget for measuring documents near their limit (document-size.ts). */
  measuring: KeyedBuckets;
  /**
   * The live document threw while taking an update, or the room failed in some other way no
   * one expected: its connections are closed and it is unloaded, and nothing else is touched.
   */
  onBroken: (room: Room, error: unknown) => void;
  /** An update from another process or from storage that does not apply here: left out. */
  onRemoteRefused?: (room: Room, error: unknown) => void;
  /** Checks that what an update adds fits the editor's schema. */
  guard: SchemaGuard;
  /** Who each Yjs client id in the document belongs to, as stored when the room loaded. */
  authors?: readonly ClientAuthor[];
}
