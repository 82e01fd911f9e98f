// The persist queue around a real store whose write fails once: nothing of a failed batch is
// committed, and whoever sent a change to one of its documents after it (a change that may repeat
// what was not stored) is closed too, never acknowledged; other documents carry on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import type { UpdateLog } from '../storage/ports.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { CollabConnection } from './connection.ts';
import { PersistQueue, type PendingCommit } from './persist-queue.ts';

/** A sender whose closes and frames are kept. */
function sender(id: string) {
  const closes: number[] = [];
  const sent: Uint8Array[] = [];
  const socket = {
    readyState: 1,
    OPEN: 1,
    send: (frame: Uint8Array) => sent.push(frame),
    close: (code: number) => closes.push(code),
  };
  const connection = new CollabConnection({
    id,
    socket: socket as unknown as WebSocket,
    wantsAcks: true,
    mayWrite: true,
  });
  return { connection, closes, sent };
}

/** A room that notes what it was told. */
function room(documentId: string) {
  const committed: Uint8Array[] = [];
  const refused: Uint8Array[] = [];
  return {
    documentId,
    committed,
    refused,
    commit: (update: Uint8Array) => void committed.push(update),
    notStored: (update: Uint8Array) => void refused.push(update),
  };
}

const letters = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

describe('PersistQueue', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('closes, unacknowledged, whoever sent a change after a batch of its document failed', async () => {
    const [a, b] = [await server.api.createDocument(), await server.api.createDocument()];
    let release: (() => void) | undefined;
    const log: UpdateLog = Object.create(server.store.updates) as UpdateLog;
    let failNext = true;
    log.appendUpdates = async (rows) => {
      if (!failNext) return server.store.updates.appendUpdates(rows);
      failNext = false;
      await new Promise<void>((resolve) => (release = resolve));
      throw new Error('disk unplugged');
    };
    const queue = new PersistQueue({ log, logger: pino({ level: 'silent' }) });
    const roomA = room(a.id);
    const roomB = room(b.id);
    const first = sender('first');
    const again = sender('again');
    const other = sender('other');
    const pending = (
      target: ReturnType<typeof room>,
      origin: CollabConnection,
      update: Uint8Array,
      unchanged?: true,
    ): PendingCommit => ({
      room: target,
      origin,
      update,
      clocks: new Map([[1, 1]]),
      authors: [],
      receivedAt: performance.now(),
      ...(unchanged ? { unchanged } : {}),
    });

    const lost = letters('lost');
    queue.enqueue(pending(roomA, first.connection, lost));
    await new Promise((resolve) => setImmediate(resolve));
    expect(release).toBeDefined();
    // While that batch is being written: the same change again (nothing new to document A, as
    // far as its room knows), and a change to document B.
    const repeat = letters('lost');
    const fine = letters('fine');
    queue.enqueue(pending(roomA, again.connection, repeat, true));
    queue.enqueue(pending(roomB, other.connection, fine));
    release?.();
    await queue.drain();

    expect(first.closes).toEqual([CloseCode.serverError]);
    expect(again.closes).toEqual([CloseCode.serverError]);
    expect(again.sent).toEqual([]);
    expect(roomA.committed).toEqual([]);
    expect(roomA.refused).toEqual([lost, repeat]);
    expect(other.closes).toEqual([]);
    expect(roomB.committed).toEqual([fine]);
    expect(other.sent).toHaveLength(1);
    expect((await server.store.updates.loadDocument(b.id))?.updates).toContainEqual(fine);
  });
});
