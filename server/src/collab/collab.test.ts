// The /collab endpoint with a real server and stock y-websocket clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import {
  appendParagraph,
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { decodeSaved, encodeUpdate } from './codec.ts';

describe('/collab', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (id: string, params?: Record<string, string>): TestClient => {
    const client = connectClient(server.wsOrigin, id, { token: server.adminToken, ...params });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer({ MAX_MESSAGE_BYTES: '65536', UNLOAD_AFTER_MS: '50' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('serves a new document with the first content the server made', async () => {
    const { id } = await server.api.createDocument();
    const client = connect(id);
    await whenSynced(client);
    expect(client.text()).toBe('<paragraph></paragraph>');
  });

  it('lets three people edit at once and brings them to the same text', async () => {
    const { id } = await server.api.createDocument();
    const people = [connect(id), connect(id), connect(id)];
    await Promise.all(people.map(whenSynced));
    people.forEach((person, n) => {
      for (let i = 0; i < 20; i++) appendParagraph(person.doc, `person ${n} line ${i}`);
    });
    await eventually(() => {
      const texts = people.map((person) => person.text());
      expect(texts[0]!.match(/<paragraph>/g)).toHaveLength(61);
      expect(new Set(texts).size).toBe(1);
    });
  });

  it('answers a fresh client only with the whole stored document, also after unloading', async () => {
    const { id } = await server.api.createDocument();
    const writer = connect(id);
    await whenSynced(writer);
    for (let i = 0; i < 50; i++) appendParagraph(writer.doc, `line ${i}`);
    const expected = writer.text();
    const reader = connect(id);
    await whenSynced(reader);
    await eventually(() => expect(reader.text()).toBe(expected));
    writer.destroy();
    reader.destroy();
    await eventually(() => expect(server.app.rooms.stats().documentsInMemory).toBe(0));
    const fresh = connect(id);
    await whenSynced(fresh);
    expect(fresh.text()).toBe(expected);
  });

  it('does not echo an update back to its sender, and relays it to the others', async () => {
    const { id } = await server.api.createDocument();
    const sender = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
    const other = connect(id);
    await whenSynced(other);
    const received: Buffer[] = [];
    sender.on('message', (data: Buffer) => received.push(data));
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    sender.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    await eventually(() => expect(other.doc.getText('t').toString()).toBe('hello'));
    // The sender got the server's greeting (sync step 1) but never its own update.
    expect(received.every((frame) => !(frame[0] === 0 && frame[1] === 2))).toBe(true);
    sender.close();
  });

  it('acknowledges stored updates to clients that ask, with the clocks stored', async () => {
    const { id } = await server.api.createDocument();
    const socket = await rawSocket(
      server.wsOrigin,
      `/collab/${id}?acks=1&token=${server.adminToken}`,
    );
    const acks: Map<number, number>[] = [];
    socket.on('message', (data: Buffer) => {
      if (data[0] === 100) acks.push(decodeSaved(data));
    });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'we agree');
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
    await eventually(() => expect(acks.at(-1)?.get(doc.clientID)).toBe(8));
    socket.close();
  });

  it('closes a malformed frame with 4400 and leaves everyone else and the document unharmed', async () => {
    const { id } = await server.api.createDocument();
    const bystander = connect(id);
    await whenSynced(bystander);
    appendParagraph(bystander.doc, 'before');
    const before = bystander.text();
    const junk = [
      new Uint8Array([0xff, 0xff, 0xff]),
      new Uint8Array([0, 2, 5, 1, 2, 3, 4, 5]),
      new Uint8Array([42]),
      Buffer.from('not binary at all'),
    ];
    for (const frame of junk) {
      const socket = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
      const closed = closeOf(socket);
      socket.send(frame, { binary: !Buffer.isBuffer(frame) || frame[0] !== 110 });
      expect((await closed).code).toBe(CloseCode.malformed);
    }
    appendParagraph(bystander.doc, 'after');
    const late = connect(id);
    await whenSynced(late);
    await eventually(() => expect(late.text()).toBe(bystander.text()));
    expect(late.text().startsWith(before.slice(0, -'</paragraph>'.length))).toBe(true);
    expect(bystander.provider.wsconnected).toBe(true);
  });

  it('closes a frame over the size cap with 4413 and keeps the connection of others', async () => {
    const { id } = await server.api.createDocument();
    const bystander = connect(id);
    await whenSynced(bystander);
    const socket = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
    const closed = closeOf(socket);
    socket.send(new Uint8Array(70_000));
    expect(await closed).toEqual({ code: CloseCode.tooLarge, reason: 'Message too large' });
    appendParagraph(bystander.doc, 'still here');
    expect(bystander.provider.wsconnected).toBe(true);
  });

  it('refuses bad and unknown document ids with 4400 and 4404', async () => {
    const long = await rawSocket(server.wsOrigin, `/collab/${'a'.repeat(65)}`);
    expect((await closeOf(long)).code).toBe(CloseCode.malformed);
    const unsafe = await rawSocket(server.wsOrigin, `/collab/${encodeURIComponent('a/b c')}`);
    expect((await closeOf(unsafe)).code).toBe(CloseCode.malformed);
    const unknown = await rawSocket(
      server.wsOrigin,
      `/collab/no-such-document?token=${server.adminToken}`,
    );
    expect((await closeOf(unknown)).code).toBe(CloseCode.notFound);
  });

  it('closes live connections with 4404 when the document goes to the bin', async () => {
    const { id } = await server.api.createDocument();
    const socket = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
    const closed = closeOf(socket);
    await eventually(() => expect(server.app.rooms.stats().connections).toBe(1));
    await server.api.request('DELETE', `/api/documents/${id}`);
    expect((await closed).code).toBe(CloseCode.notFound);
  });

  it('refuses a WebSocket from another website with 4403', async () => {
    const { id } = await server.api.createDocument();
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(`${server.wsOrigin}/collab/${id}`, {
      origin: 'https://evil.example',
    });
    expect((await closeOf(socket)).code).toBe(CloseCode.forbidden);
  });

  it('relays awareness to others and removes a person when they leave', async () => {
    const { id } = await server.api.createDocument();
    const sam = connect(id);
    const rachel = connect(id);
    await Promise.all([whenSynced(sam), whenSynced(rachel)]);
    sam.provider.awareness.setLocalStateField('user', { name: 'Sam' });
    // Shown under the signed-in person's name (the administrator whose token both use).
    await eventually(() =>
      expect(rachel.provider.awareness.getStates().get(sam.doc.clientID)).toMatchObject({
        user: { name: 'Ada Admin' },
      }),
    );
    sam.provider.disconnect();
    await eventually(() =>
      expect(rachel.provider.awareness.getStates().has(sam.doc.clientID)).toBe(false),
    );
  });

  it('relays an awareness change once, not the echoes clients send back', async () => {
    const { id } = await server.api.createDocument();
    const frames: Buffer[] = [];
    const watcher = await rawSocket(
      server.wsOrigin,
      `/collab/${id}?token=${server.adminToken}`,
      (frame) => {
        if (frame[0] === 1) frames.push(frame);
      },
    );
    const sender = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Sam' });
    const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const frame = encoding.createEncoder();
    encoding.writeVarUint(frame, 1);
    encoding.writeVarUint8Array(frame, update);
    for (let i = 0; i < 3; i++) sender.send(encoding.toUint8Array(frame));
    await eventually(() => expect(frames).toHaveLength(1));
    // A later change (a newer clock) is news again.
    awareness.setLocalStateField('user', { name: 'Sam B' });
    const next = encoding.createEncoder();
    encoding.writeVarUint(next, 1);
    encoding.writeVarUint8Array(next, encodeAwarenessUpdate(awareness, [awareness.clientID]));
    sender.send(encoding.toUint8Array(next));
    await eventually(() => expect(frames).toHaveLength(2));
    awareness.destroy();
    sender.close();
    watcher.close();
  });

  it('answers a query for awareness with everyone present', async () => {
    const { id } = await server.api.createDocument();
    const sam = connect(id);
    await whenSynced(sam);
    sam.provider.awareness.setLocalStateField('user', { name: 'Sam' });
    await eventually(() => expect(server.app.rooms.stats().connections).toBe(1));
    const socket = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
    const frames: Buffer[] = [];
    socket.on('message', (data: Buffer) => frames.push(data));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 3);
    socket.send(encoding.toUint8Array(encoder));
    await eventually(() =>
      expect(frames.filter((f) => f[0] === 1).length).toBeGreaterThanOrEqual(1),
    );
    socket.close();
  });
});
