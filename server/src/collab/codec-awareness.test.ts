// The codec's checks on what a client sends in sync step 1 and in awareness updates.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  MalformedMessage,
  decodeAwarenessEntries,
  decodeClientMessage,
  encodeAwarenessEntries,
  encodeSyncStep1,
} from './codec.ts';

describe('sync step 1', () => {
  it('accepts a real state vector', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    expect(decodeClientMessage(encodeSyncStep1(doc))).toMatchObject({ kind: 'sync-step-1' });
  });

  it.each([
    ['a count with too few entries', [5, 1]],
    ['a half entry', [1, 7]],
    ['bytes after the entries', [1, 7, 3, 9]],
  ])('refuses %s as malformed', (_, stateVector) => {
    const frame = new Uint8Array([0, 0, stateVector.length, ...stateVector]);
    expect(() => decodeClientMessage(frame)).toThrow(MalformedMessage);
  });
});

describe('awareness entries', () => {
  it('reads what y-protocols writes, and writes what it reads', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Sam' });
    const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const entries = decodeAwarenessEntries(update);
    expect(entries).toEqual([
      { clientId: awareness.clientID, clock: 1, state: { user: { name: 'Sam' } } },
    ]);
    expect(encodeAwarenessEntries(entries)).toEqual(update);
    awareness.destroy();
  });

  it('refuses a truncated update or a state that is not JSON', () => {
    expect(() => decodeAwarenessEntries(new Uint8Array([2, 1, 1]))).toThrow(MalformedMessage);
    const notJson = encodeAwarenessEntries([{ clientId: 1, clock: 1, state: null }]);
    notJson[notJson.length - 1] = 0x7b; // "null" becomes "nul{"
    expect(() => decodeAwarenessEntries(notJson)).toThrow(MalformedMessage);
  });
});
