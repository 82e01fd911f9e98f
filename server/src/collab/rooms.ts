// The registry of open document rooms: loads a document once however many people open it at
// the same moment, answers nobody until it has fully loaded, compacts logs that grew, and
// unloads a room a short while after its last connection leaves.
import { measuringBudgets } from './document-size.ts';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';
import type { LiveDocuments } from '../services/live-documents.ts';
import type { CollabConnection } from './connection.ts';
import { PersistQueue } from './persist-queue.ts';
import type { DocumentRoom } from './room.ts';
import { DocumentNotStored, loadRoom, type RoomLoadOptions } from './room-loader.ts';
import { repairOnLoad } from './room-repair.ts';
import { RoomCompactions, type RoomCompactionsOptions } from './room-compactions.ts';
import { EarlyAnswers, type EarlyAnswer } from './early-answers.ts';
import { WhileLoading, applyRule, type DraftRuleChange } from './while-loading.ts';
import { QuietSpell } from './quiet-spell.ts';
import { UpdateProver } from './update-prover.ts';

export interface DocumentRoomsOptions extends Omit<RoomLoadOptions, 'measuring'> {
  unloadAfterMs: number;
  onStored?: (batchSize: number, seconds: number) => void;
  onRelayed?: (seconds: number) => void;
  /** Edits stopped for `quietAfterMs` (or the room unloaded after edits): save a version. */
  onQuiet?: (documentId: string) => Promise<unknown>;
  quietAfterMs?: number;
  mergeLog?: RoomCompactionsOptions['mergeLog'];
}

export interface RoomStats {
  documentsInMemory: number;
  documentsWithConnections: number;
  connections: number;
}

export class DocumentRooms implements LiveDocuments {
  private readonly loading = new Map<string, Promise<DocumentRoom>>();
  private readonly rooms = new Map<string, DocumentRoom>();
  private readonly compactions: RoomCompactions;
  /** Work started by rooms that shutdown must wait for (automatic versions). */
  private readonly background = new Set<Promise<unknown>>();
  private readonly queue: PersistQueue;
  private readonly options: DocumentRoomsOptions;
  readonly earlyAnswers: EarlyAnswers;
  private readonly whileLoading = new WhileLoading();
  private readonly measuring = measuringBudgets(); // each person's, over all rooms

  constructor(options: DocumentRoomsOptions) {
    this.options = options;
    this.compactions = new RoomCompactions(options);
    this.earlyAnswers = new EarlyAnswers((error, documentId) =>
      options.logger.warn({ err: error, documentId }, 'answering a reader early failed'),
    );
    this.queue = new PersistQueue({
      log: options.log,
      logger: options.logger,
      ...(options.onStored ? { onStored: options.onStored } : {}),
      ...(options.onRelayed ? { onRelayed: options.onRelayed } : {}),
    });
  }

  /**
   * Puts a connection in the document's room, loading the document first if needed. Rejects,
   * keeping nothing, when the load fails.
   */
  async join(
    documentId: string,
    connection: CollabConnection,
    early?: EarlyAnswer,
  ): Promise<DocumentRoom> {
    const loaded = this.rooms.has(documentId);
    const stopEarly = early && !loaded ? this.earlyAnswers.wait(documentId, early) : undefined;
    const stopWaiting = loaded ? undefined : this.whileLoading.wait(documentId, connection);
    let room: DocumentRoom;
    try {
      room = await this.acquire(documentId);
    } finally {
      stopEarly?.();
      stopWaiting?.();
    }
    clearTimeout(room.unloadTimer);
    room.unloadTimer = undefined;
    room.join(connection);
    return room;
  }

  leave(room: DocumentRoom, connection: CollabConnection): void {
    room.leave(connection);
    if (room.connections.size === 0 && this.rooms.get(room.documentId) === room) {
      clearTimeout(room.unloadTimer);
      room.unloadTimer = setTimeout(() => this.unloadLogged(room), this.options.unloadAfterMs);
    }
  }

  /**
   * A change made by the server (a restore): stored first, then applied and relayed in this
   * process (waiting for a load under way, which may have read storage before the append) and
   * published to the others.
   */
  async applyServerUpdate(documentId: string, update: Uint8Array): Promise<void> {
    // Proven first, like a client's update: against the open room, or the stored document.
    const room =
      this.rooms.get(documentId) ?? (await this.loading.get(documentId)?.catch(() => undefined));
    if (room) room.prove(update);
    else await this.proveStored(documentId, update);
    try {
      await this.options.log.appendUpdates([{ documentId, update }]);
    } catch (error) {
      room?.notStored(update);
      throw error;
    }
    if (room) room.commit(update, null);
    else this.options.bus.publish(documentId, { kind: 'update', update });
  }

  private async proveStored(documentId: string, update: Uint8Array): Promise<void> {
    const loaded = await this.options.log.loadDoc(documentId);
    if (!loaded) throw new DocumentNotStored(`document ${documentId} has no stored state`);
    const prover = new UpdateProver({ live: loaded.doc, guard: this.options.guard });
    try {
      prover.prove(update, { kind: 'server' });
    } finally {
      prover.destroy();
      loaded.doc.destroy();
    }
  }

  /**
   * Tells everyone with the document open that a comment thread changed: here, and through the
   * bus in the other processes (which relay it only if they have the document open).
   */
  tellAboutComments(notice: CommentsNotice): void {
    this.rooms.get(notice.documentId)?.tellAboutComments(notice);
    this.options.bus.publish(notice.documentId, { kind: 'comments', notice });
  }

  setLock(documentId: string, reason: string | null): void {
    this.setRule(documentId, { lock: reason });
  }

  setSuggestionsOnly(documentId: string, reason: string | null): void {
    this.setRule(documentId, { suggestionsOnly: reason });
  }

  /** To the open room, or kept for the room a load under way will make. */
  private setRule(documentId: string, rule: DraftRuleChange): void {
    const room = this.rooms.get(documentId);
    if (room) applyRule(room, rule);
    else if (this.loading.has(documentId)) this.whileLoading.setRule(documentId, rule);
  }

  stored(): Promise<void> {
    return this.queue.drain();
  }

  /** Closes every connection to a document, e.g. when it goes to the bin. */
  closeDocument(documentId: string, code: CloseCode, reason: string): void {
    for (const connection of this.whileLoading.connectionsOf(documentId)) {
      connection.close(code, reason);
    }
    const room = this.rooms.get(documentId);
    if (!room) return;
    for (const connection of room.connections) connection.close(code, reason);
  }

  /** Every connection, in a room or waiting for one to load. */
  *connections(): Generator<CollabConnection> {
    for (const room of this.rooms.values()) yield* room.connections;
    yield* this.whileLoading.connections();
  }

  stats(): RoomStats {
    let withConnections = 0;
    let connections = 0;
    for (const room of this.rooms.values()) {
      if (room.connections.size > 0) withConnections++;
      connections += room.connections.size;
    }
    return {
      documentsInMemory: this.rooms.size,
      documentsWithConnections: withConnections,
      connections,
    };
  }

  /** Closes every connection, stores what is queued, and unloads (compacting) every room. */
  async shutdown(code: CloseCode, reason: string): Promise<void> {
    for (const room of this.rooms.values()) {
      // Out of the room at once: their sockets finish closing later, and an unload waits for
      // an empty room.
      for (const connection of [...room.connections]) {
        connection.close(code, reason);
        room.leave(connection);
      }
    }
    await this.queue.drain();
    await Promise.allSettled([...this.loading.values()]);
    await Promise.all([...this.rooms.values()].map((room) => this.unload(room)));
    await this.compactions.finished();
    await Promise.allSettled(this.background);
  }

  private acquire(documentId: string): Promise<DocumentRoom> {
    const loaded = this.rooms.get(documentId);
    if (loaded) return Promise.resolve(loaded);
    let loading = this.loading.get(documentId);
    if (!loading) {
      loading = this.load(documentId).finally(() => {
        this.loading.delete(documentId);
        this.whileLoading.ended(documentId);
      });
      this.loading.set(documentId, loading);
    }
    return loading;
  }

  private async load(documentId: string): Promise<DocumentRoom> {
    const onRead = this.earlyAnswers.read.bind(this.earlyAnswers);
    const options = { ...this.options, measuring: this.measuring, onRead };
    const room = await loadRoom(documentId, options, {
      persist: (pending) => this.queue.enqueue(pending),
      onLogGrown: (grown) => void this.compactions.grown(grown),
      onEdited: (edited) => this.noteEdit(edited),
      onBroken: (broken, error) => this.broken(broken, error),
    });
    try {
      await repairOnLoad(room, this.options);
    } catch (error) {
      room.destroy();
      throw error;
    }
    this.whileLoading.loaded(room);
    this.rooms.set(documentId, room);
    return room;
  }

  /** After a fan-out outage: bring every open document up to what storage holds. */
  async catchUp(): Promise<void> {
    await Promise.all(
      [...this.rooms.values()].map(async (room) => {
        try {
          const stored = await this.options.log.loadDoc(room.documentId);
          if (stored && this.rooms.get(room.documentId) === room) room.catchUp(stored.doc);
          stored?.doc.destroy();
        } catch (error) {
          this.options.logger.warn(
            { err: error, documentId: room.documentId },
            'catching up failed',
          );
        }
      }),
    );
  }

  private noteEdit(room: DocumentRoom): void {
    const { onQuiet, quietAfterMs } = this.options;
    if (!onQuiet || quietAfterMs === undefined) return;
    room.quietSpell ??= new QuietSpell(quietAfterMs, () => this.track(onQuiet(room.documentId)));
    room.quietSpell.touch();
  }

  /**
   * A room whose live document failed in a way no proof foresaw: everyone in it is closed with
   * 1011 (their clients reconnect and the document loads afresh from storage, where a bad
   * update is quarantined), and it is unloaded without compaction. Other rooms go on.
   */
  private broken(room: DocumentRoom, error: unknown): void {
    this.options.logger.error({ err: error, documentId: room.documentId }, 'document room failed');
    if (this.rooms.get(room.documentId) !== room) return;
    this.rooms.delete(room.documentId);
    for (const connection of [...room.connections]) {
      connection.close(CloseCode.serverError, 'The document failed on the server. Reopening it.');
      room.leave(connection);
    }
    // Later: the room may be in the middle of a commit loop.
    setImmediate(() => room.destroy());
  }

  private unloadLogged(room: DocumentRoom): void {
    this.unload(room).catch((error: unknown) => {
      this.options.logger.error({ err: error, documentId: room.documentId }, 'unloading failed');
    });
  }

  private async unload(room: DocumentRoom): Promise<void> {
    if (this.rooms.get(room.documentId) !== room || room.connections.size > 0) return;
    this.rooms.delete(room.documentId);
    const editedSinceQuiet = room.quietSpell?.waiting ?? false;
    room.destroy();
    await this.queue.drain();
    if (room.logBytes > 0) await this.compactions.run(room);
    if (editedSinceQuiet && this.options.onQuiet) this.track(this.options.onQuiet(room.documentId));
  }

  private track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.background.delete(settled));
    this.background.add(settled);
  }
}
