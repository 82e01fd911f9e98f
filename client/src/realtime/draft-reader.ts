// Another document, open only to read it live: the full draft beside its Easy Read version, whose
// sections are compared with the draft's. It is a plain y-websocket connection with no presence
// (nobody sees the reader in the draft's "Who is here"), no copy on this device and no edits;
// the server lets anyone who may read the Easy Read version read its draft (same workspace).
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { TERMINAL_CLOSE_CODES } from '@roundtable/shared/protocol/collab';
import { createJitteredWebSocket } from './jittered-websocket.ts';

export type DraftReaderState = 'opening' | 'open' | 'closed';

export interface DraftReaderOptions {
  documentId: string;
  serverUrl: string;
  browser: Window & typeof globalThis;
}

export class DraftReader {
  readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private state: DraftReaderState = 'opening';
  private readonly listeners = new Set<() => void>();

  constructor({ documentId, serverUrl, browser }: DraftReaderOptions) {
    this.provider = new WebsocketProvider(serverUrl, documentId, this.doc, {
      connect: false,
      WebSocketPolyfill: createJitteredWebSocket({
        WebSocketImpl: browser.WebSocket,
        random: Math.random,
      }) as unknown as typeof WebSocket,
      disableBc: true,
      maxBackoffTime: 5000,
      shouldReconnect: (event) => !TERMINAL_CLOSE_CODES.has(event.code),
    });
    // No presence: a reader is not "here" in the draft.
    this.provider.awareness.setLocalState(null);
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.set('open');
    });
    this.provider.on('closed', () => this.set('closed'));
    this.doc.on('update', this.notify);
    this.provider.connect();
  }

  getState(): DraftReaderState {
    return this.state;
  }

  /** Hears every change to the draft, and the connection opening or stopping. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.listeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }

  private set(state: DraftReaderState): void {
    if (this.state === state) return;
    this.state = state;
    this.notify();
  }

  private readonly notify = (): void => {
    for (const listener of this.listeners) listener();
  };
}
