// One open document in the browser: the Y.Doc, its copy on this device (y-indexeddb), the
// connection to /collab (y-websocket's provider with jittered reconnects and "saved"
// acknowledgements), and the connection state worked out from all of them. The editor and the
// presence panel read from a session; they never make their own connections.
import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  CloseCode,
  CONTENT_FRAGMENT,
  MessageType,
  TERMINAL_CLOSE_CODES,
} from '@roundtable/shared/protocol/collab';
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';
import type { HardWordsNotice } from '@roundtable/shared/protocol/hard-words';
import {
  connectionStateFrom,
  sameConnectionState,
  type ConnectionFacts,
  type ConnectionState,
} from './connection-state.ts';
import { createJitteredWebSocket } from './jittered-websocket.ts';
import { readSavedClocks } from './saved-message.ts';
import { readCommentsNotice, readHardWordsNotice } from './comments-message.ts';
import { readDocumentStatus } from './status-message.ts';
import { SavedTracker } from './saved-tracker.ts';
import { localCopyName } from './local-copies.ts';
import { applyUnsentBackup, clearUnsentBackup, writeUnsentBackup } from './unsent-backup.ts';

export interface PresenceUser {
  name: string;
  color: string;
  /** The signed-in person, so several tabs of one person show as one person. */
  personId?: string;
}

export interface CollabSessionOptions {
  documentId: string;
  /** The /collab endpoint, e.g. `ws://localhost:3000/collab`. */
  serverUrl: string;
  user: PresenceUser;
  /** The window whose network state and WebSocket we use. */
  browser: Window & typeof globalThis;
  /** How long to wait for the copy on this device before going on without it. */
  localCopyTimeoutMs?: number;
}

export interface SessionSnapshot {
  connection: ConnectionState;
  /** The document has content to show: from this device or from the server. */
  contentReady: boolean;
  /** Why nobody can change the draft just now (e.g. the group is deciding), or null. */
  lockedReason: string | null;
  /** Why changes go in only as suggestions just now (the draft is in review), or null. */
  suggestionsOnly: string | null;
}

type Listener = (snapshot: SessionSnapshot) => void;

export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  readonly fragment: Y.XmlFragment;
  private readonly persistence: IndexeddbPersistence;
  private readonly tracker: SavedTracker;
  private readonly browser: Window & typeof globalThis;
  private readonly documentId: string;
  private readonly listeners = new Set<Listener>();
  private readonly commentListeners = new Set<(notice: CommentsNotice) => void>();
  private readonly hardWordListeners = new Set<(notice: HardWordsNotice) => void>();
  private readonly timers: ReturnType<typeof setTimeout>[] = [];
  private facts: ConnectionFacts;
  private localCopyLoaded = false;
  private snapshot: SessionSnapshot;
  private destroyed = false;
  private lockedReason: string | null = null;
  private suggestionsOnly: string | null = null;

  constructor(options: CollabSessionOptions) {
    const { documentId, serverUrl, user, browser } = options;
    this.browser = browser;
    this.documentId = documentId;
    this.fragment = this.doc.getXmlFragment(CONTENT_FRAGMENT);
    this.provider = new WebsocketProvider(serverUrl, documentId, this.doc, {
      connect: false,
      params: { acks: '1' },
      WebSocketPolyfill: createJitteredWebSocket({
        WebSocketImpl: browser.WebSocket,
        random: Math.random,
      }) as unknown as typeof WebSocket, // the wrapper has every member the provider uses
      // Other tabs would relay changes under the provider's origin, which would count them as
      // stored on the server; every tab talks to the server instead.
      disableBc: true,
      maxBackoffTime: 5000,
      shouldReconnect: (event) => !TERMINAL_CLOSE_CODES.has(event.code),
    });
    this.awareness = this.provider.awareness;
    this.awareness.setLocalStateField('user', user);
    this.tracker = new SavedTracker({ doc: this.doc, serverOrigin: this.provider });
    this.facts = {
      online: browser.navigator.onLine,
      connected: false,
      synced: false,
      everSynced: false,
      attemptEnded: false,
      signedOut: false,
      saved: this.tracker.isSaved(),
      locked: false,
      stopped: null,
    };
    this.snapshot = {
      connection: connectionStateFrom(this.facts),
      contentReady: false,
      lockedReason: null,
      suggestionsOnly: null,
    };
    this.listenToServer();

    this.persistence = new IndexeddbPersistence(localCopyName(documentId), this.doc);
    void this.persistence.whenSynced.then(() => this.onLocalCopyLoaded());
    this.timers.push(
      setTimeout(() => this.onLocalCopyLoaded(), options.localCopyTimeoutMs ?? 3000),
    );

    browser.addEventListener('online', this.onOnline);
    browser.addEventListener('offline', this.onOffline);
    browser.addEventListener('pagehide', this.onPageHide);
  }

  getSnapshot(): SessionSnapshot {
    return this.snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hears that a comment thread on this document changed (someone commented, resolved…). */
  onCommentsNotice(listener: (notice: CommentsNotice) => void): () => void {
    this.commentListeners.add(listener);
    return () => this.commentListeners.delete(listener);
  }

  /** Hears that the hard words of this document's workspace changed. */
  onHardWordsNotice(listener: (notice: HardWordsNotice) => void): () => void {
    this.hardWordListeners.add(listener);
    return () => this.hardWordListeners.delete(listener);
  }

  /** Changes the name and colour others see. */
  setUser(user: PresenceUser): void {
    this.awareness.setLocalStateField('user', user);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.browser.removeEventListener('online', this.onOnline);
    this.browser.removeEventListener('offline', this.onOffline);
    this.browser.removeEventListener('pagehide', this.onPageHide);
    this.onPageHide();
    this.listeners.clear();
    this.commentListeners.clear();
    this.hardWordListeners.clear();
    this.tracker.destroy();
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  private listenToServer(): void {
    const { provider } = this;
    const handleSync = provider.messageHandlers[MessageType.sync];
    provider.messageHandlers[MessageType.sync] = (encoder, decoder, p, emitSynced, type) => {
      // Peek at the server's sync step 1: its state vector says what it has stored.
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) === syncProtocol.messageYjsSyncStep1) {
        this.tracker.noteServerStateVector(Y.decodeStateVector(decoding.readVarUint8Array(peek)));
      }
      handleSync?.(encoder, decoder, p, emitSynced, type);
    };
    provider.messageHandlers[MessageType.saved] = (_encoder, decoder) => {
      this.tracker.noteAcknowledged(readSavedClocks(decoder));
    };
    provider.messageHandlers[MessageType.status] = (_encoder, decoder) => {
      const status = readDocumentStatus(decoder);
      this.suggestionsOnly = status.suggestionsOnly ?? null;
      this.onStatus(status.lockedReason);
    };
    provider.messageHandlers[MessageType.comments] = (_encoder, decoder) => {
      const notice = readCommentsNotice(decoder);
      if (notice) for (const listener of this.commentListeners) listener(notice);
    };
    provider.messageHandlers[MessageType.hardWords] = (_encoder, decoder) => {
      const notice = readHardWordsNotice(decoder);
      if (notice) for (const listener of this.hardWordListeners) listener(notice);
    };
    this.tracker.subscribe((saved) => {
      if (saved) clearUnsentBackup(this.browser.localStorage, this.documentId);
      this.update({ saved });
    });
    provider.on('status', ({ status }) => this.update({ connected: status === 'connected' }));
    provider.on('sync', (synced: boolean) => {
      this.update(synced ? { synced, everSynced: true, signedOut: false } : { synced });
    });
    provider.on('connection-close', (event) => {
      // A close we made ourselves (event null) says nothing about the sign-in.
      if (event === null) this.update({ attemptEnded: true });
      else this.update({ attemptEnded: true, signedOut: event.code === CloseCode.unauthorized });
    });
    provider.on('closed', ({ code, reason }) => {
      this.update({ stopped: { code, reason } });
    });
  }

  private onStatus(lockedReason: string | null): void {
    const wasLocked = this.lockedReason !== null;
    this.lockedReason = lockedReason;
    this.update({ locked: lockedReason !== null });
    if (wasLocked && lockedReason === null && !this.facts.saved) {
      // The server dropped what was typed just before the lock. y-websocket only sends an
      // update once, so connect again: the sync on connecting sends everything it lacks.
      this.provider.disconnect();
      this.provider.connect();
    }
  }

  private onLocalCopyLoaded(): void {
    if (this.destroyed || this.localCopyLoaded) return;
    this.localCopyLoaded = true;
    // After the copy on this device, so that the backup's changes have what they build on.
    applyUnsentBackup(this.browser.localStorage, this.documentId, this.doc);
    if (this.facts.online) this.provider.connect();
    this.update({});
  }

  private readonly onOnline = (): void => {
    if (this.localCopyLoaded && !this.facts.stopped) this.provider.connect();
    this.update({ online: true });
  };

  private readonly onPageHide = (): void => {
    if (this.tracker.isSaved()) return;
    writeUnsentBackup(
      this.browser.localStorage,
      this.documentId,
      this.doc,
      this.tracker.serverStateVector(),
    );
  };

  private readonly onOffline = (): void => {
    // The browser knows it has no network: stop trying until it says it has one again.
    this.provider.disconnect();
    this.update({ online: false, connected: false, synced: false });
  };

  private update(change: Partial<ConnectionFacts>): void {
    if (this.destroyed) return;
    this.facts = { ...this.facts, ...change };
    const connection = connectionStateFrom(this.facts);
    const contentReady =
      this.snapshot.contentReady ||
      this.facts.everSynced ||
      (this.localCopyLoaded && this.fragment.length > 0);
    const { lockedReason, suggestionsOnly } = this;
    if (
      contentReady === this.snapshot.contentReady &&
      lockedReason === this.snapshot.lockedReason &&
      suggestionsOnly === this.snapshot.suggestionsOnly &&
      sameConnectionState(connection, this.snapshot.connection)
    ) {
      return;
    }
    this.snapshot = { connection, contentReady, lockedReason, suggestionsOnly };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
