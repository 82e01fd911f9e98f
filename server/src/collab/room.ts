// A document room: the live Y.Doc and awareness of one open document, and the connections in it.
// Updates reach the room's doc only through `commit`, which the persist queue calls after the
// update is stored; so nothing is relayed that storage does not already hold.
import * as Y from 'yjs';
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';
import type { DocumentMessage } from '../bus/ports.ts';
import type { ClientAuthor } from '../storage/ports.ts';
import type { DocumentRoomOptions } from './room-options.ts';
import { ClientOwners } from './client-owners.ts';
import { CollabConnection } from './connection.ts';
import { DocumentSize } from './document-size.ts';
import { DraftRules } from './draft-rules.ts';
import { RoomConnections } from './room-connections.ts';
import { StepOneAnswers } from './step-one-pace.ts';
import type { QuietSpell } from './quiet-spell.ts';
import { REMOTE, RoomPresence } from './room-presence.ts';
import { SyncAnswers } from './sync-answers.ts';
import { UpdateProver } from './update-prover.ts';
import {
  MalformedMessage,
  checkUpdate,
  encodeCommentsNotice,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
} from './codec.ts';
import { takePersonUpdate, type WriteParts } from './person-updates.ts';

export class DocumentRoom {
  readonly documentId: string;
  readonly doc: Y.Doc;
  readonly connections = new RoomConnections();
  /** Locked by an agreement poll, or in review (suggestions only). */
  readonly rules: DraftRules;
  /** Bytes stored in the log since the last snapshot (an estimate between compactions). */
  logBytes: number;
  readonly size: DocumentSize;
  unloadTimer: NodeJS.Timeout | undefined;
  /** Waits for a quiet spell after edits (made at the first edit, where versions are saved). */
  quietSpell: QuietSpell | undefined;
  /** Who each Yjs client id belongs to: only they may add content under it. */
  readonly owners: ClientOwners;
  /** Ends the room's subscription to the other processes' messages. */
  unsubscribe: () => void = () => undefined;
  private readonly options: DocumentRoomOptions<DocumentRoom>;
  /** Proves each update applies to this document before it is stored or taken. */
  private readonly prover: UpdateProver;
  private readonly presence: RoomPresence;
  private readonly syncAnswers: SyncAnswers;
  /** The document's state vector as loaded. */
  private readonly loadedStateVector: Uint8Array;
  /** What a person's update goes through before it is stored (person-updates.ts). */
  private readonly writeParts: WriteParts;
  /** Answers to sync step 1: one every 2 s per connection, within each person's budget. */
  private readonly stepOnes = new StepOneAnswers((vector) => this.syncAnswers.answer(vector));

  constructor(options: DocumentRoomOptions<DocumentRoom>) {
    this.options = options;
    this.documentId = options.documentId;
    this.doc = options.doc;
    this.prover = new UpdateProver({ live: this.doc, guard: options.guard });
    this.logBytes = options.logBytes;
    this.owners = new ClientOwners(this.doc, options.authors ?? []);
    this.rules = new DraftRules(this.prover);
    this.loadedStateVector = Y.encodeStateVector(this.doc);
    const state = options.state ?? Y.encodeStateAsUpdate(this.doc);
    this.size = new DocumentSize(state.byteLength, options.maxDocumentBytes);
    this.presence = new RoomPresence({
      doc: this.doc,
      connections: this.connections,
      publish: (message) => this.options.publish(message),
    });
    this.syncAnswers = new SyncAnswers(this.doc, state);
    this.writeParts = {
      room: this,
      ...{ prover: this.prover, rules: this.rules, owners: this.owners, size: this.size },
      measuring: options.measuring,
      persist: (pending) => this.options.persist(pending),
    };
  }

  join(connection: CollabConnection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(this.doc));
    // Answered from the stored snapshot while the room loaded (early-answers.ts): given what the
    // room has taken since, if anything.
    if (connection.syncRequested) {
      this.stepOnes.answeredEarly(connection, this.size.bytes);
      if (this.syncAnswers.changedSinceLoad) {
        connection.send(encodeSyncStep2(this.doc, this.loadedStateVector));
      }
    }
    if (connection.wantsAcks) connection.send(this.rules.statusFrame());
    if (this.presence.anyoneShown()) connection.send(this.presence.everyone());
  }

  leave(connection: CollabConnection): void {
    this.stepOnes.leave(connection);
    if (!this.connections.delete(connection)) return;
    this.presence.left(connection);
  }

  /** Handles one decoded message. Throws MalformedMessage for content that fails to decode. */
  receive(connection: CollabConnection, message: ClientMessage): void {
    switch (message.kind) {
      case 'sync-step-1':
        this.stepOnes.ask(connection, message.stateVector);
        connection.syncRequested = true;
        return;
      case 'update':
        takePersonUpdate(this.writeParts, connection, message.update);
        return;
      case 'awareness':
        if (connection.mayWrite) this.presence.receive(connection, message.update);
        return;
      case 'query-awareness':
        connection.send(this.presence.everyone());
        return;
      case 'auth':
        return;
      default: {
        const unreachable: never = message;
        throw new MalformedMessage(`unhandled message ${String(unreachable)}`);
      }
    }
  }

  /** Proves an update the server itself is about to store (a restore, a decided suggestion).
   * Throws UpdateRefused; a proven update must then be committed, or `notStored`. */
  prove(update: Uint8Array): void {
    this.prover.prove(update, { kind: 'server' });
  }

  /** A proven update that was not stored (storage or the size limit refused it). */
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
      if (origin === null) this.size.add(update.byteLength);
      this.owners.stored(authors);
      this.applyAndRelay(update, origin);
      this.options.publish({ kind: 'update', update });
      if (origin) this.options.onEdited?.(this);
    } catch (error) {
      this.options.onBroken(this, error);
    } finally {
      this.prover.applied(update);
    }
  }

  setLock(reason: string | null): void {
    if (this.rules.setLock(reason)) this.sendStatus();
  }

  setSuggestionsOnly(reason: string | null): void {
    if (this.rules.setSuggestionsOnly(reason)) this.sendStatus();
  }

  private sendStatus(): void {
    this.connections.sendToExtensionClients(this.rules.statusFrame());
  }

  /**
   * A message from another server process: its update is already stored there. Never throws:
   * an update that does not apply here is left out (the next load quarantines it).
   */
  receiveRemote(message: DocumentMessage): void {
    switch (message.kind) {
      case 'update':
        this.takeRemote(message.update);
        return;
      case 'comments':
        this.tellAboutComments(message.notice);
        return;
      case 'awareness':
        this.presence.receiveRemote(message.update);
        return;
      default: {
        const unreachable: never = message;
        throw new Error(`unhandled bus message ${String(unreachable)}`);
      }
    }
  }

  /** Tells everyone here (with the extensions) that a comment thread changed. */
  tellAboutComments(notice: CommentsNotice): void {
    this.connections.sendToExtensionClients(encodeCommentsNotice(notice));
  }

  /**
   * Brings the live document up to what storage holds, relaying what was missing. `stored` is
   * the document as loaded (verified: every stored update that applies), so only the difference
   * is proven and taken.
   */
  catchUp(stored: Y.Doc): void {
    const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(this.doc));
    if (!checkUpdate(missing).empty) this.takeRemote(missing);
  }

  /** An update stored already (by another process, or found in storage): proven, then taken. */
  private takeRemote(update: Uint8Array): void {
    try {
      this.prover.prove(update, { kind: 'stored' });
    } catch (error) {
      this.options.onRemoteRefused?.(this, error);
      return;
    }
    try {
      this.size.add(update.byteLength);
      this.applyAndRelay(update, REMOTE);
    } catch (error) {
      this.options.onBroken(this, error);
    } finally {
      this.prover.applied(update);
    }
  }

  private applyAndRelay(update: Uint8Array, origin: CollabConnection | typeof REMOTE | null): void {
    Y.applyUpdate(this.doc, update, origin);
    this.connections.relay(
      encodeUpdate(update),
      origin instanceof CollabConnection ? origin : null,
    );
    this.logBytes += update.byteLength;
    if (this.logBytes >= this.options.compactAfterBytes) {
      this.options.onLogGrown(this);
    }
  }

  destroy(): void {
    clearTimeout(this.unloadTimer);
    this.quietSpell?.cancel();
    this.stepOnes.destroy();
    this.rules.destroy();
    this.prover.destroy();
    this.unsubscribe();
    this.presence.destroy();
    this.doc.destroy();
  }
}
