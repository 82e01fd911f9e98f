// A change sent again (by a reconnecting editor, or by someone flooding a document) adds nothing:
// it is acknowledged, but neither stored again nor handed on to everyone else. Before, one member
// could resend a large stored change within their byte budget and have it sent in full to every
// other connection, shutting out readers on ordinary links.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { eventually, rawSocket, startTestServer, type TestServer } from '../testing/harness.ts';
import { decodeSaved, encodeSyncStep1, encodeUpdate } from './codec.ts';

describe('/collab changes sent again', () => {
  let server: TestServer;
  const sockets: WebSocket[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await server.close();
  });

  /** A raw connection that counts the bytes of updates relayed to it and keeps its acks. */
  const open = async (id: string) => {
    const seen = { relayedBytes: 0, acks: [] as Map<number, number>[] };
    const socket = await rawSocket(
      server.wsOrigin,
      `/collab/${id}?acks=1&token=${server.adminToken}`,
      (frame) => {
        if (frame[0] === 0 && frame[1] === 2) seen.relayedBytes += frame.length;
        if (frame[0] === 100) seen.acks.push(decodeSaved(frame));
      },
    );
    sockets.push(socket);
    // Relays go to connections that have asked for the document.
    socket.send(encodeSyncStep1(new Y.Doc()));
    return { socket, seen };
  };
  const storedUpdates = async (id: string): Promise<number> =>
    (await server.store.updates.loadDocument(id))?.updates.length ?? 0;

  it('acknowledges a change sent again without storing it again or handing it on', async () => {
    const { id } = await server.api.createDocument();
    const writer = await open(id);
    const reader = await open(id);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'w'.repeat(200_000));
    const update = Y.encodeStateAsUpdate(doc);
    writer.socket.send(encodeUpdate(update));
    await eventually(() => expect(reader.seen.relayedBytes).toBeGreaterThan(200_000));
    await eventually(() => expect(writer.seen.acks).toHaveLength(1));
    const storedOnce = await storedUpdates(id);
    for (let i = 0; i < 5; i++) writer.socket.send(encodeUpdate(update));
    // Acknowledged (its sender's editor would otherwise say "saving" for ever); the acks of
    // changes that arrive together come as one.
    await eventually(() => expect(writer.seen.acks.length).toBeGreaterThan(1));
    for (const ack of writer.seen.acks) expect(ack.get(doc.clientID)).toBe(200_000);
    expect(reader.seen.relayedBytes).toBeLessThan(2 * update.length);
    expect(await storedUpdates(id)).toBe(storedOnce);
  });

  it('hands on only what is new of a change that repeats most of what was stored', async () => {
    const { id } = await server.api.createDocument();
    const writer = await open(id);
    const reader = await open(id);
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'p'.repeat(200_000));
    writer.socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    await eventually(() => expect(reader.seen.relayedBytes).toBeGreaterThan(200_000));
    const relayedBefore = reader.seen.relayedBytes;
    // The whole document again, with one more letter each time.
    for (let i = 0; i < 5; i++) {
      text.insert(text.length, 'x');
      writer.socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    }
    await eventually(() => expect(writer.seen.acks.at(-1)?.get(doc.clientID)).toBe(200_005));
    expect(reader.seen.relayedBytes - relayedBefore).toBeLessThan(1000);
    const stored = new Y.Doc();
    for (const stored_ of (await server.store.updates.loadDocument(id))?.updates ?? []) {
      Y.applyUpdate(stored, stored_);
    }
    expect(stored.getText('t').toString()).toBe(`${'p'.repeat(200_000)}xxxxx`);
  });
});
