// New readers of a large document: the whole document is encoded once and the same answer goes
// to each of them, until the document changes; a reader who already has some of it gets only
// what it lacks.
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { recordingConnection as reader, roomInMemory } from '../testing/room-in-memory.ts';
import type { DocumentRoom } from './room.ts';

const step1 = (stateVector: Uint8Array) =>
  ({ kind: 'sync-step-1', stateVector }) as const satisfies Parameters<DocumentRoom['receive']>[1];

describe('answering sync step 1', () => {
  it('encodes the whole document once for every reader who has none of it', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x'.repeat(10_000));
    const room = roomInMemory(doc);
    const readers = ['a', 'b', 'c'].map(reader);
    // An empty state vector, and one naming only a client this document has never seen.
    const strangerVector = Y.encodeStateVector(new Y.Doc({ gc: false }));
    room.receive(readers[0]!.connection, step1(new Uint8Array([0])));
    room.receive(readers[1]!.connection, step1(new Uint8Array([0])));
    room.receive(readers[2]!.connection, step1(strangerVector));
    const answers = readers.map((r) => r.sent.at(-1));
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);

    // A change makes a new answer, which the next reader gets in full.
    doc.getText('t').insert(0, 'y');
    const later = reader('d');
    room.receive(later.connection, step1(new Uint8Array([0])));
    expect(later.sent.at(-1)).not.toBe(answers[0]);
    const decoder = decoding.createDecoder(later.sent.at(-1)!);
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, decoding.readVarUint8Array(decoder));
    expect(copy.getText('t').toString()).toBe('y' + 'x'.repeat(10_000));
    copy.destroy();
    room.destroy();
  });
});
