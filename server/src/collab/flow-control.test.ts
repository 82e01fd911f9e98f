// Flow control on /collab: a client that writes faster than its budget is slowed by
// backpressure (the server stops reading its socket), never closed, and every update arrives in
// order. The stock y-websocket provider stops for good after any close from 4400 to 4499, so a
// close here would lose its writes.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { encodeSyncStep1, encodeUpdate } from './codec.ts';

const letter = (i: number): string => String.fromCharCode(97 + (i % 26));
const expectedText = (count: number): string =>
  Array.from({ length: count }, (_, i) => letter(i)).join('');

describe('/collab flow control', () => {
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  const connect = (id: string): TestClient => {
    if (!server) throw new Error('no server');
    const client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(client);
    return client;
  };
  /** Every close the provider saw; the stock provider would not come back from a 44xx. */
  const closesOf = (client: TestClient): number[] => {
    const codes: number[] = [];
    client.provider.on('connection-close', (event) => codes.push(event?.code ?? 0));
    return codes;
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = undefined;
  });

  /** Writes `count` one-character updates, each its own transaction, as fast as it can. */
  const writeOneByOne = (client: TestClient, count: number): void => {
    const text = client.doc.getText('t');
    for (let i = 0; i < count; i++) text.insert(i, letter(i));
  };

  it('slows a stock client that writes 20,000 updates at once, and another gets every one', async () => {
    // A budget of 1,500 a second (bursts of 15,000): a third of the writes must wait.
    server = await startTestServer({ COLLAB_RATE_LIMIT: '1500' });
    const { id } = await server.api.createDocument();
    const writer = connect(id);
    const reader = connect(id);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    const writerCloses = closesOf(writer);
    const started = performance.now();
    writeOneByOne(writer, 20_000);
    await eventually(
      () => expect(reader.doc.getText('t').toString()).toBe(expectedText(20_000)),
      15_000,
    );
    // 5,000 updates over the burst at 1,500 a second: the server really paced them.
    expect(performance.now() - started).toBeGreaterThan(3000);
    expect(writerCloses).toEqual([]);
    expect(writer.provider.wsconnected).toBe(true);
  }, 20_000);

  it('gives a client that connects later all of 100,000 updates written before it came', async () => {
    server = await startTestServer({ COLLAB_RATE_LIMIT: '8000' });
    const { id } = await server.api.createDocument();
    const writer = connect(id);
    await whenSynced(writer);
    const writerCloses = closesOf(writer);
    writeOneByOne(writer, 100_000);
    const reader = connect(id);
    await eventually(() => expect(reader.doc.getText('t').length).toBe(100_000), 15_000);
    expect(reader.doc.getText('t').toString()).toBe(expectedText(100_000));
    expect(writerCloses).toEqual([]);
    expect(writer.provider.wsconnected).toBe(true);
  }, 20_000);

  it('answers every frame sent before the document has opened, closing nothing', async () => {
    server = await startTestServer();
    const { id } = await server.api.createDocument();
    let syncAnswers = 0;
    let awarenessAnswers = 0;
    const socket = await rawSocket(
      server.wsOrigin,
      `/collab/${id}?token=${server.adminToken}`,
      (frame) => {
        // Sync step 2 (0, 1): the answer to step 1; awareness (1): the answer to a query.
        if (frame[0] === 0 && frame[1] === 1) syncAnswers++;
        if (frame[0] === 1) awarenessAnswers++;
      },
    );
    let closed = false;
    socket.on('close', () => (closed = true));
    // Sent at once on opening, while the server is still checking access and loading: a step 1,
    // then 199 queries for who is here (each answered; step 1s are paced, step-one-pace.ts).
    socket.send(encodeSyncStep1(new Y.Doc()));
    for (let i = 0; i < 199; i++) socket.send(new Uint8Array([3]));
    await eventually(() => expect(awarenessAnswers).toBe(199));
    expect(syncAnswers).toBe(1);
    expect(closed).toBe(false);
    socket.close();
  });

  it('slows a person who sends many large changes, over all their connections, by bytes', async () => {
    // 512 KiB a second, bursts of 5 MiB, for one person however many connections they use
    // (attack: resending a 1 MB change held a core with 962 MiB in 20 s).
    server = await startTestServer({ COLLAB_BYTES_PER_SECOND: String(512 * 1024) });
    const { id } = await server.api.createDocument();
    const reader = connect(id);
    await whenSynced(reader);
    const path = `/collab/${id}?token=${server.adminToken}`;
    const sockets = await Promise.all([
      rawSocket(server.wsOrigin, path),
      rawSocket(server.wsOrigin, path),
    ]);
    const closes: number[] = [];
    for (const socket of sockets) socket.on('close', (code) => closes.push(code));
    const changeBytes = 512 * 1024;
    const started = performance.now();
    // Two connections, eight changes of 512 KiB each: 8 MiB, 3 MiB over the burst.
    for (let i = 0; i < 16; i++) {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, letter(i).repeat(changeBytes));
      sockets[i % 2]?.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
      doc.destroy();
    }
    await eventually(() => expect(reader.doc.getText('t').length).toBe(16 * changeBytes), 20_000);
    // What passed the burst came at 512 KiB a second: the server really paced them.
    expect(performance.now() - started).toBeGreaterThan(4000);
    expect(closes).toEqual([]);
    for (const socket of sockets) socket.close();
  }, 30_000);
});
