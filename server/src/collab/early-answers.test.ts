// A new reader of a large document that is not open yet is given the stored snapshot at once,
// while the server builds its own copy, when compaction checked that snapshot; everyone else is
// answered by the room as before, and a reader who says nothing holds nobody up for long.
import { afterEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '@roundtable/shared/protocol/collab';
import {
  appendParagraph,
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  whenSynced,
  type TestClient,
} from '../testing/harness.ts';
import {
  LARGE_DOCUMENT_PARAGRAPHS,
  largeStoredDocument,
  paragraphsIn,
} from '../testing/large-stored-document.ts';
import type { RestartableServer, RunningServer } from '../testing/restartable.ts';
import { encodeSyncStep1 } from './codec.ts';
import { recordingConnection, roomInMemory } from '../testing/room-in-memory.ts';

/** The document statuses (`?acks=1`) among the frames, in order. */
function statusesIn(frames: Buffer[]): unknown[] {
  return frames.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.status) return [];
    return [JSON.parse(decoding.readVarString(decoder)) as unknown];
  });
}

/** A frame's message and sync types, and the update it carries (for sync step 2). */
function readSync(frame: Buffer): { message: number; sync: number; update: Uint8Array } {
  const decoder = decoding.createDecoder(frame);
  const message = decoding.readVarUint(decoder);
  const sync = message === 0 ? decoding.readVarUint(decoder) : -1;
  const update = message === 0 ? decoding.readVarUint8Array(decoder) : new Uint8Array();
  return { message, sync, update };
}

describe('a new reader of a large stored document', () => {
  const servers: RestartableServer[] = [];
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.dispose();
  });

  async function storedDocument(): Promise<{ server: RestartableServer; id: string }> {
    const stored = await largeStoredDocument();
    servers.push(stored.server);
    return stored;
  }

  /** A raw reader of the document; it sends sync step 1 for `holding` when given one. */
  async function reader(running: RunningServer, id: string, holding?: Y.Doc): Promise<Buffer[]> {
    const frames: Buffer[] = [];
    const socket = await rawSocket(
      running.wsOrigin,
      `/collab/${id}?token=${running.adminToken}`,
      (frame) => frames.push(frame),
    );
    sockets.push(socket);
    if (holding) socket.send(encodeSyncStep1(holding));
    return frames;
  }

  /** The reader's first frame is sync step 2 with the whole document: it was answered early. */
  async function expectAnsweredEarly(frames: Buffer[]): Promise<void> {
    await eventually(() => expect(frames.length).toBeGreaterThan(0));
    const first = readSync(frames[0]!);
    expect([first.message, first.sync]).toEqual([0, 1]);
    expect(paragraphsIn(first.update)).toBe(LARGE_DOCUMENT_PARAGRAPHS + 1);
  }

  it('is given the whole document before the server has built it', async () => {
    const { server, id } = await storedDocument();
    const frames = await reader(server.current!, id, new Y.Doc());
    // The room, once built, would first send its own sync step 1: this answer came before it.
    await expectAnsweredEarly(frames);
    // And the room then takes over as usual: its sync step 1 follows.
    await eventually(() => expect(frames.some((frame) => readSync(frame).sync === 0)).toBe(true));
  });

  it('gets what a reader already holding some of it lacks from the room, as before', async () => {
    const { server, id } = await storedDocument();
    const partial = new Y.Doc();
    appendParagraph(partial, 'a paragraph of its own');
    const frames = await reader(server.current!, id, partial);
    await eventually(() => expect(frames.length).toBeGreaterThan(1));
    expect(readSync(frames[0]!).sync).toBe(0);
    const answer = frames.map(readSync).find((frame) => frame.sync === 1);
    expect(answer).toBeDefined();
    expect(paragraphsIn(answer!.update)).toBe(LARGE_DOCUMENT_PARAGRAPHS + 1);
  });

  it('answers early a reader who comes while the load waits for another', async () => {
    const { server, id } = await storedDocument();
    await reader(server.current!, id); // silent: the load waits for it
    await expectAnsweredEarly(await reader(server.current!, id, new Y.Doc()));
  });

  it('answers early every one of several readers who connect at the same moment', async () => {
    const { server, id } = await storedDocument();
    const readers = await Promise.all(
      Array.from({ length: 6 }, () => reader(server.current!, id, new Y.Doc())),
    );
    for (const frames of readers) await expectAnsweredEarly(frames);
  });

  it('closes a reader whose token is revoked while the document loads', async () => {
    const { server, id } = await storedDocument();
    const running = server.current!;
    const created = await running.api.request('POST', '/api/tokens', { name: 'script' });
    const { token, id: tokenId } = created.body as { token: string; id: string };
    const socket = await rawSocket(running.wsOrigin, `/collab/${id}?token=${token}`);
    sockets.push(socket);
    const closed = closeOf(socket);
    // Said nothing yet: the load waits for its first message, and the revocation comes meanwhile.
    await running.api.request('DELETE', `/api/tokens/${tokenId}`);
    expect((await closed).code).toBe(CloseCode.unauthorized);
  });

  it('takes a review started while the document loads', async () => {
    const { server, id } = await storedDocument();
    const running = server.current!;
    const frames: Buffer[] = [];
    const socket = await rawSocket(
      running.wsOrigin,
      `/collab/${id}?token=${running.adminToken}&acks=1`,
      (frame) => frames.push(frame),
    );
    sockets.push(socket);
    running.app.rooms.setSuggestionsOnly(id, 'This draft is in review');
    socket.send(encodeSyncStep1(new Y.Doc()));
    await eventually(() => expect(statusesIn(frames).length).toBeGreaterThan(0));
    expect(statusesIn(frames).at(-1)).toMatchObject({ suggestionsOnly: 'This draft is in review' });
  });

  it('holds nobody up for long when it says nothing', async () => {
    const { server, id } = await storedDocument();
    await reader(server.current!, id);
    const other = connectClient(server.current!.wsOrigin, id, {
      token: server.current!.adminToken,
    });
    clients.push(other);
    await whenSynced(other);
    expect(other.doc.getXmlFragment('default').length).toBe(LARGE_DOCUMENT_PARAGRAPHS + 1);
  });
});

describe('a reader answered early, joining the room', () => {
  const stored = new Y.Doc();
  appendParagraph(stored, 'As stored');
  const storedState = Y.encodeStateAsUpdate(stored);

  function joinAnsweredEarly(changeAfterLoad: boolean): Uint8Array[] {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, storedState);
    const room = roomInMemory(doc, { documentId: 'doc-early' });
    // Taken by the room after the snapshot was read (from another process, say).
    if (changeAfterLoad) {
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      appendParagraph(other, 'Added meanwhile');
      room.receiveRemote({
        kind: 'update',
        update: Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)),
      });
    }
    const { connection, sent } = recordingConnection('early');
    connection.syncRequested = true;
    room.join(connection);
    room.destroy();
    return sent;
  }

  it('is sent what the room took after the snapshot was read', () => {
    const sent = joinAnsweredEarly(true).map((frame) => readSync(Buffer.from(frame)));
    const catchUp = sent.find((frame) => frame.sync === 1);
    expect(catchUp).toBeDefined();
    // The reader holds the snapshot it was given; with the catch-up, it has everything.
    const reader = new Y.Doc();
    Y.applyUpdate(reader, storedState);
    Y.applyUpdate(reader, catchUp!.update);
    expect(reader.getXmlFragment('default').length).toBe(2);
    expect(reader.getXmlFragment('default').toJSON()).toContain('Added meanwhile');
  });

  it('is sent nothing more when the room took nothing since', () => {
    const sent = joinAnsweredEarly(false).map((frame) => readSync(Buffer.from(frame)));
    expect(sent.map((frame) => frame.sync)).toEqual([0]);
  });
});
