// New readers of a large document: the whole document is encoded once and the same answer goes
// to each of them, until the document changes; a reader who already has some of it gets only
// what it lacks.
import { describe, expect, it, vi } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { recordingConnection as reader, roomInMemory } from '../testing/room-in-memory.ts';
import type { DocumentRoom } from './room.ts';

/** Runs `test` with timers and performance.now() under the test's control. */
function onFakeTime(test: () => void): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  try {
    test();
  } finally {
    vi.useRealTimers();
  }
}

/** A room whose document holds `length` characters of text. */
function roomWithText(length: number): { doc: Y.Doc; room: DocumentRoom } {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'x'.repeat(length));
  return { doc, room: roomInMemory(doc) };
}

const step1 = (stateVector: Uint8Array) =>
  ({ kind: 'sync-step-1', stateVector }) as const satisfies Parameters<DocumentRoom['receive']>[1];

describe('answering sync step 1', () => {
  it('encodes the whole document once for every reader who has none of it', () => {
    const { doc, room } = roomWithText(10_000);
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

  it('answers one connection at most once every 2 s, then from the latest state vector', () =>
    onFakeTime(() => {
      const { doc, room } = roomWithText(1000);
      const asker = reader('a');
      const other = reader('b');
      room.join(asker.connection);
      room.join(other.connection);
      const joined = asker.sent.length;
      // Fifty asks for the whole document at once: one answer now.
      for (let i = 0; i < 50; i++) room.receive(asker.connection, step1(new Uint8Array([0])));
      expect(asker.sent.length - joined).toBe(1);
      // Another connection is not held back by this one.
      room.receive(other.connection, step1(new Uint8Array([0])));
      expect(other.sent.at(-1)).toBe(asker.sent.at(-1));

      // The last ask, with the state vector it named, is answered when the 2 s are up.
      doc.getText('t').insert(0, 'y');
      const holding = new Y.Doc();
      Y.applyUpdate(holding, Y.encodeStateAsUpdate(doc));
      room.receive(asker.connection, step1(Y.encodeStateVector(holding)));
      vi.advanceTimersByTime(1999);
      expect(asker.sent.length - joined).toBe(1);
      vi.advanceTimersByTime(1);
      expect(asker.sent.length - joined).toBe(2);
      const decoder = decoding.createDecoder(asker.sent.at(-1)!);
      expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]);
      // It held everything: the answer brings nothing new.
      Y.applyUpdate(holding, decoding.readVarUint8Array(decoder));
      expect(holding.getText('t').toString()).toBe(doc.getText('t').toString());

      // An ask after a quiet 2 s is answered at once; one left waiting when the connection
      // leaves is never answered.
      vi.advanceTimersByTime(2000);
      room.receive(asker.connection, step1(new Uint8Array([0])));
      expect(asker.sent.length - joined).toBe(3);
      room.receive(asker.connection, step1(new Uint8Array([0])));
      room.leave(asker.connection);
      vi.advanceTimersByTime(5000);
      expect(asker.sent.length - joined).toBe(3);
      holding.destroy();
      room.destroy();
    }));

  it("pays every connection's answers from its person's budget, which reconnecting does not refill", () =>
    onFakeTime(() => {
      const { room } = roomWithText(5 * 1024 * 1024);
      const as = (userId: string, id: string) => {
        const r = reader(id);
        r.connection.principal = { ...r.connection.principal, userId };
        return r;
      };
      // One person opens 16 connections, each asking once for the whole document (5 MiB):
      // twelve fit the 64 MiB burst and are answered at once.
      const tabs = Array.from({ length: 16 }, (_, i) => as('u-ada', `tab-${i}`));
      for (const tab of tabs) room.receive(tab.connection, step1(new Uint8Array([0])));
      const answered = () => tabs.filter((tab) => tab.sent.length > 0).length;
      expect(answered()).toBe(12);
      // Someone else is not held back by her.
      const sam = as('u-sam', 'sam');
      room.receive(sam.connection, step1(new Uint8Array([0])));
      expect(sam.sent).toHaveLength(1);

      // The rest are answered as her budget refills (2 MiB a second), none is lost.
      vi.advanceTimersByTime(1000);
      expect(answered()).toBe(13);
      vi.advanceTimersByTime(2500);
      expect(answered()).toBe(14);
      vi.advanceTimersByTime(10_000);
      expect(answered()).toBe(16);
      for (const tab of tabs) expect(tab.sent).toHaveLength(1);
      room.destroy();
    }));

  it('counts the answer a connection was given while the document loaded', () =>
    onFakeTime(() => {
      const { room } = roomWithText(1000);
      const early = reader('early');
      // early-answers.ts answered its step 1 from the stored snapshot before the room was ready.
      early.connection.syncRequested = true;
      room.join(early.connection);
      const joined = early.sent.length;
      room.receive(early.connection, step1(new Uint8Array([0])));
      expect(early.sent.length).toBe(joined);
      vi.advanceTimersByTime(2000);
      expect(early.sent.length).toBe(joined + 1);
      room.destroy();
    }));
});
