// One simulated editor in a client worker: a Y.Doc, the stock y-websocket provider (with the `ws`
// package as its WebSocket), and the bookkeeping the scenarios read: which markers it observed and
// how late, which of the server's messages were echoes of its own changes, and disconnects.

import WebSocket from 'ws';
import type { RawData } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import * as decoding from 'lib0/decoding';
import { nowMs } from '../protocol.ts';
import { formatMarker, parseMarkers } from './markers.ts';

export interface BenchClientOptions {
  wsBase: string;
  params: Record<string, string>;
  room: string;
  key: string;
  /** Record delays of other clients' markers into this array (shared by a worker's clients). */
  latencies: number[] | null;
  /** Decode incoming updates to count echoes of this client's own changes. */
  countEchoes: boolean;
}

const messageSync = 0;
const syncUpdate = 2;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

const messageNames: Record<number, string> = { 1: 'awareness', 2: 'auth', 3: 'query-awareness' };
const syncNames: Record<number, string> = { 0: 'sync-step-1', 1: 'sync-step-2', 2: 'sync-update' };

/** A name for the kind of a y-websocket message, to count what a server sends. */
function messageKind(bytes: Uint8Array): string {
  try {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type !== messageSync) return messageNames[type] ?? `type-${type}`;
    const sub = decoding.readVarUint(decoder);
    return syncNames[sub] ?? `sync-${sub}`;
  } catch {
    return 'undecodable';
  }
}

/** The Yjs update inside a y-websocket "sync update" message, or null for any other message. */
function syncUpdatePayload(bytes: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(bytes);
  if (decoding.readVarUint(decoder) !== messageSync) return null;
  if (decoding.readVarUint(decoder) !== syncUpdate) return null;
  return decoding.readVarUint8Array(decoder);
}

export class BenchClient {
  readonly key: string;
  readonly room: string;
  readonly doc = new Y.Doc();
  readonly text: Y.Text;
  readonly provider: WebsocketProvider;
  /** Markers observed per sending client key. */
  readonly observed = new Map<string, number>();
  echoes = 0;
  receivedMessages = 0;
  receivedBytes = 0;
  /** Messages received per kind (sync-update, awareness, …). */
  readonly receivedKinds = new Map<string, number>();
  /** The same since the client was created (connect included); never reset. */
  readonly receivedKindsTotal = new Map<string, number>();
  disconnects = 0;
  readonly closeReasons = new Set<string>();
  private seq = 0;
  private readonly countEchoes: boolean;
  private readonly latencies: number[] | null;

  constructor(options: BenchClientOptions) {
    this.key = options.key;
    this.room = options.room;
    this.countEchoes = options.countEchoes;
    this.latencies = options.latencies;
    this.text = this.doc.getText('bench');
    if (this.latencies !== null) this.text.observe((event) => this.onTextEvent(event));
    this.provider = new WebsocketProvider(options.wsBase, options.room, this.doc, {
      // The provider's option is typed with the DOM WebSocket; `ws` implements that interface.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: options.params,
    });
    this.provider.awareness.setLocalStateField('user', { name: options.key });
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.socket()?.on('message', (data) => this.onMessage(data));
    });
    this.provider.on('connection-close', (event) => {
      this.disconnects += 1;
      if (event !== null && this.closeReasons.size < 5) {
        this.closeReasons.add(`${event.code} ${event.reason}`.trim());
      }
    });
  }

  /** The provider's current socket, which is a `ws` WebSocket because we passed that class. */
  socket(): WebSocket | null {
    return this.provider.ws as unknown as WebSocket | null;
  }

  whenSynced(timeoutMs: number): Promise<boolean> {
    if (this.provider.synced) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.provider.off('sync', onSync);
        resolve(false);
      }, timeoutMs);
      const onSync = (synced: boolean): void => {
        if (!synced) return;
        clearTimeout(timer);
        this.provider.off('sync', onSync);
        resolve(true);
      };
      this.provider.on('sync', onSync);
    });
  }

  /** Append one marker; each call is its own transaction, so its own update on the wire. */
  insertMarker(): void {
    this.seq += 1;
    this.text.insert(this.text.length, formatMarker(this.key, this.seq, nowMs()));
  }

  get sent(): number {
    return this.seq;
  }

  resetCounters(): void {
    this.echoes = 0;
    this.receivedMessages = 0;
    this.receivedBytes = 0;
    this.receivedKinds.clear();
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }

  private onTextEvent(event: Y.YTextEvent): void {
    if (event.transaction.local || this.latencies === null) return;
    const now = nowMs();
    for (const op of event.delta) {
      if (typeof op.insert !== 'string') continue;
      for (const marker of parseMarkers(op.insert)) {
        if (marker.key === this.key) continue;
        this.observed.set(marker.key, (this.observed.get(marker.key) ?? 0) + 1);
        this.latencies.push(Math.round((now - marker.sentAt) * 1000) / 1000);
      }
    }
  }

  private onMessage(data: RawData): void {
    const bytes = toBytes(data);
    this.receivedMessages += 1;
    this.receivedBytes += bytes.byteLength;
    if (!this.countEchoes) return;
    const kind = messageKind(bytes);
    this.receivedKinds.set(kind, (this.receivedKinds.get(kind) ?? 0) + 1);
    this.receivedKindsTotal.set(kind, (this.receivedKindsTotal.get(kind) ?? 0) + 1);
    const update = syncUpdatePayload(bytes);
    if (update === null) return;
    const { from } = Y.parseUpdateMeta(update);
    if (from.size === 1 && from.has(this.doc.clientID)) this.echoes += 1;
  }
}
