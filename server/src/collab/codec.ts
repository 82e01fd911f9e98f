// The y-websocket wire codec: decodes what a client sends into a typed message, and encodes
// what the server sends. Nothing else in the server reads or writes raw frames.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RawData } from 'ws';
import * as Y from 'yjs';
import { MessageType, type DocumentStatus } from '@roundtable/shared/protocol/collab';
import type { CommentsNotice } from '@roundtable/shared/protocol/comments';
import type { HardWordsNotice } from '@roundtable/shared/protocol/hard-words';

const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  /** `step2` answers the server's step 1; both carry a Yjs update to store and relay. */
  | { kind: 'update'; update: Uint8Array; step2: boolean }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  /** y-websocket's auth message type; clients never send it, so it is ignored. */
  | { kind: 'auth' };

export class MalformedMessage extends Error {
  override readonly name = 'MalformedMessage';
}

/** The length in bytes of a frame as ws hands it over, without copying it. */
export function frameSize(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, fragment) => sum + fragment.length, 0);
  return data.byteLength;
}

/** A frame as ws hands it over (one buffer, fragments, or an ArrayBuffer), as bytes. */
export function frameBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readClientMessage(decoder);
    // An auth message's content is ignored (clients do not send one); anything else is whole.
    if (message.kind !== 'auth' && decoding.hasContent(decoder)) {
      throw new MalformedMessage('unexpected bytes after the message');
    }
    return message;
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage('truncated or invalid message');
  }
}

function readClientMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SyncType.step1) {
        checkStateVector(payload);
        return { kind: 'sync-step-1', stateVector: payload };
      }
      if (syncType === SyncType.step2) return { kind: 'update', update: payload, step2: true };
      if (syncType === SyncType.update) return { kind: 'update', update: payload, step2: false };
      throw new MalformedMessage(`unknown sync message type ${syncType}`);
    }
    case MessageType.awareness:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.queryAwareness:
      return { kind: 'query-awareness' };
    case MessageType.auth:
      return { kind: 'auth' };
    default:
      throw new MalformedMessage(`unknown message type ${type}`);
  }
}

/** A state vector is a count, then that many (client id, clock) pairs, and nothing after. */
function checkStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('invalid state vector');
}

/** One client's entry in an awareness update: its clock and its state (null: it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

const utf8 = new TextDecoder();

/**
 * Reads an awareness update (y-protocols' format). Entries whose state is longer than
 * `maxStateBytes` are left out unread. Throws MalformedMessage.
 */
export function decodeAwarenessEntries(
  update: Uint8Array,
  maxStateBytes = Number.POSITIVE_INFINITY,
): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarUint8Array(decoder);
      if (json.length > maxStateBytes) continue;
      const state: unknown = JSON.parse(utf8.decode(json));
      entries.push({ clientId, clock, state });
    }
    return entries;
  } catch {
    throw new MalformedMessage('the awareness update could not be decoded');
  }
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** Highest clock (exclusive end) per Yjs client id in an update. */
export type ClockRanges = Map<number, number>;

export interface CheckedUpdate {
  /** Per client id, the clock just after the last struct this update carries. */
  clocks: ClockRanges;
  /** Per client id, the clock of the first struct this update carries. */
  starts: ClockRanges;
  /** True when the update carries neither structs nor deletions (a no-op sync answer). */
  empty: boolean;
}

/**
 * Decodes a Yjs update fully, so a malformed one is refused before it touches the live document
 * or storage. Throws MalformedMessage. Decoding is not proof that it applies: the room proves
 * that on a copy of its document before storing it (update-prover.ts).
 */
export function checkUpdate(update: Uint8Array): CheckedUpdate {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new MalformedMessage('the update could not be decoded');
  }
  const clocks: ClockRanges = new Map();
  const starts: ClockRanges = new Map();
  for (const struct of decoded.structs) {
    const { client, clock } = struct.id;
    const end = clock + struct.length;
    const seen = clocks.get(client);
    if (seen === undefined || end > seen) clocks.set(client, end);
    const first = starts.get(client);
    if (first === undefined || clock < first) starts.set(client, clock);
  }
  return { clocks, starts, empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0 };
}

/** A sync message of any type (0 step 1, 1 step 2, 2 update) around `payload`, as sent. */
/**
 * `prefix` as var-uints, then `payload` with its length first, as lib0's encoder writes them,
 * in one allocation: the encoder grows and copies, and every relayed update is framed here.
 */
function framed(prefix: readonly number[], payload: Uint8Array): Uint8Array {
  const head = [...prefix, payload.byteLength];
  let size = payload.byteLength;
  for (const value of head) size += varUintLength(value);
  const frame = new Uint8Array(size);
  let at = 0;
  for (let value of head) {
    while (value > 0x7f) {
      frame[at++] = 0x80 | (value & 0x7f);
      value = Math.floor(value / 128);
    }
    frame[at++] = value;
  }
  frame.set(payload, at);
  return frame;
}

function varUintLength(value: number): number {
  let length = 1;
  while (value > 0x7f) {
    value = Math.floor(value / 128);
    length += 1;
  }
  return length;
}

export const encodeSync = (syncType: number, payload: Uint8Array): Uint8Array =>
  framed([MessageType.sync, syncType], payload);

export const encodeSyncStep1 = (doc: Y.Doc): Uint8Array =>
  encodeSync(SyncType.step1, Y.encodeStateVector(doc));

export const encodeSyncStep2 = (doc: Y.Doc, stateVector: Uint8Array): Uint8Array =>
  encodeSync(SyncType.step2, Y.encodeStateAsUpdate(doc, stateVector));

/** Sync step 2 carrying an update encoded already (the whole document's state). */
export const encodeSyncStep2Of = (update: Uint8Array): Uint8Array =>
  encodeSync(SyncType.step2, update);

/** Always an "update", never a "step 2", so a relayed answer cannot mark a receiver as synced. */
export const encodeUpdate = (update: Uint8Array): Uint8Array => encodeSync(SyncType.update, update);

export const encodeAwareness = (update: Uint8Array): Uint8Array =>
  framed([MessageType.awareness], update);

export function encodeSaved(clocks: ClockRanges): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.saved);
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

export function encodeStatus(status: DocumentStatus): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.status);
  encoding.writeVarString(encoder, JSON.stringify(status));
  return encoding.toUint8Array(encoder);
}

export function encodeCommentsNotice(notice: CommentsNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.comments);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}

export function encodeHardWordsNotice(notice: HardWordsNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.hardWords);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}

export function decodeSaved(frame: Uint8Array): ClockRanges {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MessageType.saved) throw new MalformedMessage('not saved');
  const clocks: ClockRanges = new Map();
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    clocks.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  }
  return clocks;
}

export function mergeClocks(into: ClockRanges, from: ClockRanges): void {
  for (const [client, clock] of from) {
    const seen = into.get(client);
    if (seen === undefined || clock > seen) into.set(client, clock);
  }
}
