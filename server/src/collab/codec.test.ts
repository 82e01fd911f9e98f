import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  MalformedMessage,
  checkUpdate,
  decodeClientMessage,
  decodeSaved,
  encodeAwareness,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './codec.ts';

function frame(...parts: Array<number | Uint8Array>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

describe('the y-websocket codec', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Nothing about us without us');
  const update = Y.encodeStateAsUpdate(doc);

  it('frames messages byte for byte as y-websocket clients write them, at every length', () => {
    // Lengths either side of each var-uint boundary (1, 2, 3 and 4 bytes).
    for (const length of [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152]) {
      const payload = new Uint8Array(length).map((_, i) => i % 251);
      expect(Buffer.from(encodeUpdate(payload)).equals(Buffer.from(frame(0, 2, payload)))).toBe(
        true,
      );
      expect(Buffer.from(encodeAwareness(payload)).equals(Buffer.from(frame(1, payload)))).toBe(
        true,
      );
    }
  });

  it('reads sync step 1, step 2, update, awareness and query-awareness', () => {
    const sv = Y.encodeStateVector(doc);
    expect(decodeClientMessage(encodeSyncStep1(doc))).toEqual({
      kind: 'sync-step-1',
      stateVector: sv,
    });
    expect(decodeClientMessage(encodeSyncStep2(doc, new Uint8Array([0])))).toMatchObject({
      kind: 'update',
      step2: true,
    });
    expect(decodeClientMessage(encodeUpdate(update))).toEqual({
      kind: 'update',
      update,
      step2: false,
    });
    expect(decodeClientMessage(encodeAwareness(new Uint8Array([1, 2])))).toEqual({
      kind: 'awareness',
      update: new Uint8Array([1, 2]),
    });
    expect(decodeClientMessage(frame(3))).toEqual({ kind: 'query-awareness' });
  });

  it('refuses unknown types, truncated frames and junk as malformed', () => {
    expect(() => decodeClientMessage(frame(9))).toThrow(MalformedMessage);
    expect(() => decodeClientMessage(frame(0, 7, new Uint8Array([1])))).toThrow(MalformedMessage);
    expect(() => decodeClientMessage(new Uint8Array([]))).toThrow(MalformedMessage);
    expect(() => decodeClientMessage(new Uint8Array([0, 2, 200]))).toThrow(MalformedMessage);
    expect(() => decodeClientMessage(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toThrow(
      MalformedMessage,
    );
  });

  it('refuses a message with bytes after it as malformed', () => {
    const withJunk = (message: Uint8Array) => new Uint8Array([...message, 0, 7]);
    for (const message of [
      encodeSyncStep1(doc),
      encodeSyncStep2(doc, new Uint8Array([0])),
      encodeUpdate(update),
      encodeAwareness(new Uint8Array([1, 2])),
      frame(3),
    ]) {
      expect(() => decodeClientMessage(message)).not.toThrow();
      expect(() => decodeClientMessage(withJunk(message))).toThrow(
        new MalformedMessage('unexpected bytes after the message'),
      );
    }
  });

  it('checks an update fully and reports the clocks it carries', () => {
    const checked = checkUpdate(update);
    expect(checked.empty).toBe(false);
    expect(checked.clocks.get(doc.clientID)).toBe(27);
    expect(checkUpdate(Y.encodeStateAsUpdate(new Y.Doc())).empty).toBe(true);
    expect(() => checkUpdate(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(MalformedMessage);
    expect(() => checkUpdate(update.slice(0, update.length - 3))).toThrow(MalformedMessage);
  });

  it('round-trips the saved acknowledgement', () => {
    const clocks = new Map([
      [123456, 42],
      [7, 1],
    ]);
    expect(decodeSaved(encodeSaved(clocks))).toEqual(clocks);
  });

  it('calls a sync step 1 whose state vector does not decode malformed (4400, not 1011)', () => {
    // Says three clients follow, then ends: decoding it would throw deep inside Yjs later.
    expect(() => decodeClientMessage(frame(0, 0, new Uint8Array([3, 1])))).toThrow(
      MalformedMessage,
    );
  });
});
