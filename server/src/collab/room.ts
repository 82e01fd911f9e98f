// A document room: the live Y.Doc and awareness of one open document, and the connections in it.
// Updates reach the room's doc only through `commit`, which the persist queue calls after the
// update is stored; so nothing is relayed that storage does not already hold.
import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';
import type { DocumentMessage } from '../bus/ports.ts';
import type { ClientAuthor } from '../storage/ports.ts';
import { CollabConnection } from './connection.ts';
import { UpdateProver, UpdateWaits } from './update-prover.ts';
import { PresenceClaims } from './presence-claims.ts';
import { SuggestionGuard } from './suggestion-guard.ts';
import {
  MalformedMessage,
  checkUpdate,
  decodeAwarenessEntries,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeCommentsNotice,
  encodeStatus,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
  type ClockRanges,
} from './codec.ts';

function sizeInWords(bytes: number): string {
  const MiB = 1024 * 1024;
  return bytes >= MiB ? `${Math.floor(bytes / MiB)} MiB` : `${Math.floor(bytes / 1024)} KiB`;
}

/** The `user.personId` the server wrote into an awareness state, if any. */
/** An update would take the document past its size limit: refused, nothing stored. */
export class DocumentFull extends Error {
  override readonly name = 'DocumentFull';
}

export interface PendingCommit {
  room: DocumentRoom;
  origin: CollabConnection | null;
  update: Uint8Array;
  clocks: ClockRanges;
  /** Client ids first seen in this update, and the person whose connection sent them. */
  authors: ClientAuthor[];
  /** performance.now() when the update arrived, for the fan-out latency metric. */
  receivedAt: number;
}

export interface DocumentRoomOptions {
  documentId: string;
  doc: Y.Doc;
  /** Bytes already in the stored log tail when the room was loaded. */
  logBytes: number;
  /** Hands an update to storage; `commit` is called once it is stored. */
  persist: (pending: PendingCommit) => void;
  /** Called when the log tail has grown past the compaction bound. */
  onLogGrown: (room: DocumentRoom) => void;
  compactAfterBytes: number;
  /** Called after each edit this process stored (for the quiet-spell version). */
  onEdited?: (room: DocumentRoom) => void;
  /** Sends a stored update or an awareness change to the other server processes. */
  publish: (message: DocumentMessage) => void;
  /** Largest size, in bytes of Yjs updates, the document may grow to (`MAX_DOCUMENT_BYTES`). */
  maxDocumentBytes?: number;
  /**
   * The live document threw while taking an update, or the room failed in some other way no
   * one expected: its connections are closed and it is unloaded, and nothing else is touched.
   */
  onBroken: (room: DocumentRoom, error: unknown) => void;
  /** An update from another process or from storage that does not apply here: left out. */
  onRemoteRefused?: (room: DocumentRoom, error: unknown) => void;
  /** Who each Yjs client id in the document belongs to, as stored when the room loaded. */
  authors?: readonly ClientAuthor[];
}

/** The origin of changes that came from another server process or from storage. */
export const REMOTE = Symbol('remote');

export class DocumentRoom {
  readonly documentId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<CollabConnection>();
  /** While set, every update is dropped: an agreement poll is open on this draft. */
  lockedReason: string | null = null;
  /** While set (a draft in review), updates must only add or withdraw suggestions. */
  suggestionsOnly: string | null = null;
  private guard: SuggestionGuard | null = null;
  /** Bytes stored in the log since the last snapshot (an estimate between compactions). */
  logBytes: number;
  /**
   * The document's size: its encoded state at load plus every update accepted since (an upper
   * bound, cheap to keep: the document is never encoded again to measure it).
   */
  documentBytes: number;
  compacting = false;
  unloadTimer: NodeJS.Timeout | undefined;
  /** Set while edits have not yet been followed by a quiet spell. */
  quietTimer: NodeJS.Timeout | undefined;
  /** Client ids whose person is already stored, so each is recorded once per room. */
  private readonly storedAuthors = new Set<number>();
  /**
   * Yjs client id → the person it belongs to: stored, or claimed by an update still waiting in
   * the persist queue (the first claim wins). Only they may add content under it.
   */
  private readonly ownerOf = new Map<number, string>();
  /** Client ids another process brought content under, whose person is being read from storage. */
  private readonly lookingUp = new Set<number>();
  /** Ends the room's subscription to the other processes' messages. */
  unsubscribe: () => void = () => undefined;
  private readonly options: DocumentRoomOptions;
  /** Proves each update applies to this document before it is stored or taken. */
  private readonly prover: UpdateProver;
  private readonly presence: PresenceClaims;
  /**
   * The answer to a sync step 1 from a client that has none of this document (a new reader):
   * encoded once, not once per reader, until the document changes.
   */
  private wholeDocumentAnswer: Uint8Array | null = null;

  constructor(options: DocumentRoomOptions) {
    this.options = options;
    this.documentId = options.documentId;
    this.doc = options.doc;
    this.prover = new UpdateProver({ live: this.doc });
    this.logBytes = options.logBytes;
    for (const { clientId, userId } of options.authors ?? []) {
      this.ownerOf.set(clientId, userId);
      this.storedAuthors.add(clientId);
    }
    this.documentBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessChange);
    this.presence = new PresenceClaims({
      awareness: this.awareness,
      connections: this.connections,
    });
    this.doc.on('update', this.forgetWholeDocumentAnswer);
  }

  private readonly forgetWholeDocumentAnswer = (): void => {
    this.wholeDocumentAnswer = null;
  };

  /** Sync step 2 for this state vector; shared by every reader who has nothing yet. */
  private answerStep1(stateVector: Uint8Array): Uint8Array {
    const known = Y.decodeStateVector(stateVector);
    const hasNothing = [...this.doc.store.clients.keys()].every(
      (client) => (known.get(client) ?? 0) === 0,
    );
    if (!hasNothing) return encodeSyncStep2(this.doc, stateVector);
    this.wholeDocumentAnswer ??= encodeSyncStep2(this.doc, new Uint8Array([0]));
    return this.wholeDocumentAnswer;
  }

  join(connection: CollabConnection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(this.doc));
    if (connection.wantsAcks) connection.send(encodeStatus(this.status()));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      connection.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
    }
  }

  leave(connection: CollabConnection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessIds.size > 0) {
      removeAwarenessStates(this.awareness, [...connection.awarenessIds], 'left');
    }
  }

  /** Handles one decoded message. Throws MalformedMessage for content that fails to decode. */
  receive(connection: CollabConnection, message: ClientMessage): void {
    switch (message.kind) {
      case 'sync-step-1':
        connection.send(this.answerStep1(message.stateVector));
        connection.syncRequested = true;
        return;
      case 'update': {
        const checked = checkUpdate(message.update);
        if (!connection.mayWrite || this.lockedReason !== null || checked.empty) return;
        const claim = this.claimOf(connection, checked.clocks);
        if (claim === 'someone-else') {
          // Nothing is stored: the words would be credited to the person who owns the id.
          connection.close(
            CloseCode.forbidden,
            "Your change was refused: it was made under another person's editor id.",
          );
          return;
        }
        if (claim === 'not-yet-known') {
          connection.close(CloseCode.tryAgainLater, 'Checking who wrote what: resending');
          return;
        }
        try {
          // Throws UpdateRefused (a MalformedMessage: the sender is closed with 4400).
          this.prover.prove(message.update);
        } catch (error) {
          if (!(error instanceof UpdateWaits)) throw error;
          connection.close(CloseCode.tryAgainLater, 'Your changes arrived out of order: resending');
          return;
        }
        // Refused quietly, like a locked draft: the editor is in Suggesting mode and says why.
        if (this.guard && !this.guard.admits(message.update)) {
          this.prover.forget(message.update);
          return;
        }
        try {
          // A change that only deletes is always taken, so a full document can still shrink.
          if (checked.clocks.size > 0) this.reserveBytes(message.update.byteLength);
          else this.documentBytes += message.update.byteLength;
        } catch (error) {
          this.prover.forget(message.update);
          throw error;
        }
        this.options.persist({
          room: this,
          origin: connection,
          update: message.update,
          clocks: checked.clocks,
          authors: this.newAuthors(connection, checked.clocks),
          receivedAt: performance.now(),
        });
        return;
      }
      case 'awareness': {
        if (!connection.mayWrite) return;
        const entries = this.presence.ownEntries(
          connection,
          decodeAwarenessEntries(message.update),
        );
        if (entries.length === 0) return;
        // Relayed from the change event below, and only what is new: clients echo every
        // awareness update they receive, and relaying echoes would multiply traffic.
        applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), connection);
        return;
      }
      case 'query-awareness': {
        const states = [...this.awareness.getStates().keys()];
        connection.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
        return;
      }
      case 'auth':
        return;
      default: {
        const unreachable: never = message;
        throw new MalformedMessage(`unhandled message ${String(unreachable)}`);
      }
    }
  }

  /**
   * Counts an update's bytes against the document's size limit before it is stored; throws
   * DocumentFull, counting nothing, when it would pass the limit.
   */
  private reserveBytes(bytes: number): void {
    const max = this.options.maxDocumentBytes;
    if (max !== undefined && this.documentBytes + bytes > max) {
      // A close reason may hold at most 123 bytes.
      throw new DocumentFull(
        `This document has reached its size limit (${sizeInWords(max)}), so your change was not saved.`,
      );
    }
    this.documentBytes += bytes;
  }

  /**
   * Proves an update the server itself is about to store (a restore, a decided suggestion).
   * Throws UpdateRefused; a proven update must then be committed, or `notStored`.
   */
  prove(update: Uint8Array): void {
    this.prover.prove(update);
  }

  /** A proven update that storage refused: it will never be committed. */
  notStored(update: Uint8Array): void {
    this.prover.forget(update);
  }

  /**
   * Applies a stored (and proven) update, relays it to everyone but its sender, and to other
   * processes. Never throws: a room whose document fails here is broken and closed.
   */
  commit(update: Uint8Array, origin: CollabConnection | null, authors: ClientAuthor[] = []): void {
    try {
      // Updates from connections here were counted when they arrived; the server's own were not.
      if (origin === null) this.documentBytes += update.byteLength;
      for (const { clientId } of authors) this.storedAuthors.add(clientId);
      this.applyAndRelay(update, origin);
      this.options.publish({ kind: 'update', update });
      if (origin) this.options.onEdited?.(this);
    } catch (error) {
      this.options.onBroken(this, error);
    } finally {
      this.prover.applied(update);
    }
  }

  /**
   * The client ids whose content this update brings to the server for the first time belong to
   * the person who sent it. Content the server already holds (a resent sync) is not theirs.
   */
  private newAuthors(connection: CollabConnection, clocks: ClockRanges): ClientAuthor[] {
    const { userId } = connection.principal;
    if (userId === null) return [];
    const authors: ClientAuthor[] = [];
    for (const [clientId, end] of clocks) {
      if (this.storedAuthors.has(clientId) || Y.getState(this.doc.store, clientId) >= end) continue;
      authors.push({ clientId, userId });
      // Claimed now, before it is stored: a rival claim later in this tick is refused.
      if (!this.ownerOf.has(clientId)) this.ownerOf.set(clientId, userId);
    }
    return authors;
  }

  /**
   * Whether an update brings content the server does not yet hold under a client id that
   * belongs to another person (stored, or claimed by an update waiting to be stored). Content
   * the server already fully holds under any id (a resent sync) is not news, so it is let by.
   */
  private claimOf(
    connection: CollabConnection,
    clocks: ClockRanges,
  ): 'own' | 'someone-else' | 'not-yet-known' {
    const { userId } = connection.principal;
    let answer: 'own' | 'not-yet-known' = 'own';
    for (const [clientId, end] of clocks) {
      if (Y.getState(this.doc.store, clientId) >= end) continue;
      const owner = this.ownerOf.get(clientId);
      if (owner !== undefined && owner !== userId) return 'someone-else';
      if (owner === undefined && this.lookingUp.has(clientId)) answer = 'not-yet-known';
    }
    return answer;
  }

  /**
   * The client ids in an update from another process whose person this room does not know:
   * until `learnAuthors` is told who they are, new content under them is sent back to retry.
   */
  lookUpAuthorsOf(update: Uint8Array): number[] {
    const unknown: number[] = [];
    let clocks: ClockRanges;
    try {
      ({ clocks } = checkUpdate(update));
    } catch {
      return unknown; // Refused when it is taken (see receiveRemote).
    }
    for (const clientId of clocks.keys()) {
      if (this.ownerOf.has(clientId)) continue;
      this.lookingUp.add(clientId);
      unknown.push(clientId);
    }
    return unknown;
  }

  /** Who client ids belong to, as storage holds it (stored is final); ends their look-up. */
  learnAuthors(authors: readonly ClientAuthor[], lookedUp: readonly number[]): void {
    for (const { clientId, userId } of authors) {
      this.ownerOf.set(clientId, userId);
      this.storedAuthors.add(clientId);
    }
    for (const clientId of lookedUp) this.lookingUp.delete(clientId);
  }

  setLock(reason: string | null): void {
    if (this.lockedReason === reason) return;
    this.lockedReason = reason;
    this.sendStatus();
  }

  setSuggestionsOnly(reason: string | null): void {
    if (this.suggestionsOnly === reason) return;
    this.suggestionsOnly = reason;
    this.guard?.destroy();
    this.guard = reason === null ? null : new SuggestionGuard(this.doc);
    this.sendStatus();
  }

  private status() {
    return { lockedReason: this.lockedReason, suggestionsOnly: this.suggestionsOnly };
  }

  private sendStatus(): void {
    const frame = encodeStatus(this.status());
    for (const connection of this.connections) if (connection.wantsAcks) connection.send(frame);
  }

  /**
   * A message from another server process: its update is already stored there. Never throws:
   * an update that does not apply here is left out (the next load quarantines it).
   */
  receiveRemote(message: DocumentMessage): void {
    switch (message.kind) {
      case 'update':
        try {
          this.prover.prove(message.update, { allowWaiting: true });
        } catch (error) {
          this.options.onRemoteRefused?.(this, error);
          return;
        }
        this.commitRemote(message.update);
        return;
      case 'comments':
        this.tellAboutComments(message.notice);
        return;
      case 'awareness':
        try {
          applyAwarenessUpdate(this.awareness, message.update, REMOTE);
        } catch {
          // Another process checked it already; a broken one is simply not shown.
        }
        return;
      default: {
        const unreachable: never = message;
        throw new Error(`unhandled bus message ${String(unreachable)}`);
      }
    }
  }

  /**
   * Tells everyone here that a comment thread changed. Only clients that asked for Roundtable's
   * extensions (`?acks=1`) get it: stock y-websocket clients log unknown message types as errors.
   */
  tellAboutComments(notice: CommentsNotice): void {
    const frame = encodeCommentsNotice(notice);
    for (const connection of this.connections) if (connection.wantsAcks) connection.send(frame);
  }

  /**
   * Brings the live document up to what storage holds, relaying what was missing. `stored` is
   * the document as loaded (verified: every stored update that applies), so only the difference
   * is proven and taken.
   */
  catchUp(stored: Y.Doc): void {
    const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(this.doc));
    if (checkUpdate(missing).empty) return;
    try {
      this.prover.prove(missing, { allowWaiting: true });
    } catch (error) {
      this.options.onRemoteRefused?.(this, error);
      return;
    }
    this.commitRemote(missing);
  }

  private commitRemote(update: Uint8Array): void {
    try {
      this.documentBytes += update.byteLength;
      this.applyAndRelay(update, REMOTE);
    } catch (error) {
      this.options.onBroken(this, error);
    } finally {
      this.prover.applied(update);
    }
  }

  private applyAndRelay(update: Uint8Array, origin: CollabConnection | typeof REMOTE | null): void {
    Y.applyUpdate(this.doc, update, origin);
    this.guard?.observe(update);
    this.relay(encodeUpdate(update), origin instanceof CollabConnection ? origin : null);
    this.logBytes += update.byteLength;
    if (this.logBytes >= this.options.compactAfterBytes && !this.compacting) {
      this.options.onLogGrown(this);
    }
  }

  /** Sends a document update to everyone here who has synced (see `syncRequested`). */
  private relay(frame: Uint8Array, except: CollabConnection | null): void {
    for (const connection of this.connections) {
      if (connection !== except && connection.syncRequested) connection.send(frame);
    }
  }

  broadcast(frame: Uint8Array, except: CollabConnection | null): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(frame);
    }
  }

  destroy(): void {
    clearTimeout(this.unloadTimer);
    clearTimeout(this.quietTimer);
    this.guard?.destroy();
    this.prover.destroy();
    this.unsubscribe();
    this.awareness.off('update', this.onAwarenessChange);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readonly onAwarenessChange = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    for (const id of [...change.added, ...change.updated]) {
      this.presence.shown(id, this.awareness.getStates().get(id));
    }
    if (changed.length === 0) return;
    const update = encodeAwarenessUpdate(this.awareness, changed);
    // News to everyone connected here but its sender; a change from a connection here, or a
    // local leave, is news to the other processes too (timeouts happen in every process).
    this.broadcast(encodeAwareness(update), origin instanceof CollabConnection ? origin : null);
    if (origin instanceof CollabConnection || origin === 'left') {
      this.options.publish({ kind: 'awareness', update });
    }
  };
}
