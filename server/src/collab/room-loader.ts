// Loading one document into a room. Subscribes to other processes first, then reads storage,
// then applies both: an update published while storage was being read is in one or the other
// (Yjs updates are idempotent).
import type { Logger } from 'pino';
import type { DocumentMessage, FanoutBus } from '../bus/ports.ts';
import type { StoredDocumentState } from '../storage/ports.ts';
import { DocumentRoom } from './room.ts';
import type { DocumentRoomOptions } from './room-options.ts';
import type { SchemaGuard } from '../documents/schema-guard.ts';
import type { KeyedBuckets } from '../limits/keyed-buckets.ts';
import type { VerifiedUpdateLog } from './verified-log.ts';

export class DocumentNotStored extends Error {
  override readonly name = 'DocumentNotStored';
}

export interface RoomLoadOptions {
  /** The update log, loading so that a stored update that fails to apply is quarantined. */
  log: VerifiedUpdateLog;
  /** Checks that what an update adds fits the editor's schema. */
  guard: SchemaGuard;
  bus: FanoutBus;
  logger: Logger;
  compactAfterBytes: number;
  /** Largest a document may grow to (`MAX_DOCUMENT_BYTES`); unlimited when absent. */
  maxDocumentBytes?: number;
  /** Each person's budget for measuring documents near their limit, shared by all rooms. */
  measuring: KeyedBuckets;
  /** Whether a document is locked when it loads (an agreement poll is open on it). */
  lockOf?: (documentId: string) => Promise<string | null>;
  /** Why a document takes changes only as suggestions when it loads (it is in review). */
  suggestionsOnlyOf?: (documentId: string) => Promise<string | null>;
  /** Storage has been read; the document is built from it next (see early-answers.ts). */
  onRead?: (documentId: string, stored: StoredDocumentState) => Promise<void>;
}

/** What the registry does for a loaded room: store its updates, compact, note edits, close. */
export type RoomHooks = Pick<
  DocumentRoomOptions<DocumentRoom>,
  'persist' | 'onLogGrown' | 'onEdited' | 'onBroken'
>;

/** Loads the document; rejects, keeping nothing (no subscription), when the load fails. */
export async function loadRoom(
  documentId: string,
  options: RoomLoadOptions,
  hooks: RoomHooks,
): Promise<DocumentRoom> {
  const early: DocumentMessage[] = [];
  let room: DocumentRoom | undefined;
  const unsubscribe = await options.bus.subscribe(documentId, (message) => {
    try {
      if (room) receiveRemote(room, message, options);
      else early.push(message);
    } catch (error) {
      options.logger.error({ err: error, documentId }, 'a message from the bus failed');
    }
  });
  try {
    const [stored, authors, lockedReason, suggestionsOnly] = await Promise.all([
      options.log.loadDoc(documentId, async (stored) => options.onRead?.(documentId, stored)),
      // Who each client id belongs to, so nobody adds words under someone else's.
      options.log.listClientAuthors(documentId),
      options.lockOf?.(documentId) ?? null,
      options.suggestionsOnlyOf?.(documentId) ?? null,
    ]);
    if (!stored) throw new DocumentNotStored(`document ${documentId} has no stored state`);
    room = new DocumentRoom({
      documentId,
      doc: stored.doc,
      ...(stored.state ? { state: stored.state } : {}),
      authors,
      guard: options.guard,
      logBytes: stored.logBytes,
      compactAfterBytes: options.compactAfterBytes,
      measuring: options.measuring,
      ...(options.maxDocumentBytes !== undefined
        ? { maxDocumentBytes: options.maxDocumentBytes }
        : {}),
      ...hooks,
      publish: (message) => options.bus.publish(documentId, message),
      onRemoteRefused: (refused, error) =>
        options.logger.warn(
          { err: error, documentId: refused.documentId },
          'an update from another process or from storage does not apply here: left out',
        ),
    });
    room.rules.lockedReason = lockedReason;
    room.setSuggestionsOnly(suggestionsOnly);
  } catch (error) {
    unsubscribe();
    throw error;
  }
  room.unsubscribe = unsubscribe;
  for (const message of early) receiveRemote(room, message, options);
  return room;
}

/**
 * A message from another process. An update may bring content under client ids whose person
 * this room does not know yet (the other process stored it): that is read from storage, so
 * nobody here can then add words under them in someone else's name.
 */
function receiveRemote(
  room: DocumentRoom,
  message: DocumentMessage,
  options: Pick<RoomLoadOptions, 'log' | 'logger'>,
): void {
  const unknown = message.kind === 'update' ? room.owners.lookUpAuthorsOf(message.update) : [];
  room.receiveRemote(message);
  if (unknown.length === 0) return;
  const { documentId } = room;
  options.log.listClientAuthors(documentId).then(
    (authors) => room.owners.learnAuthors(authors, unknown),
    (error: unknown) => {
      // Left unknown rather than refusing their owner for ever.
      room.owners.learnAuthors([], unknown);
      options.logger.warn({ err: error, documentId }, 'reading who wrote what failed');
    },
  );
}
