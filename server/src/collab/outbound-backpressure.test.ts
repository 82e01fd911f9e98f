// A reader that never reads its socket, sending sync step 1 after sync step 1 on a large
// document: the server stops reading it once its output is backed up, so it holds at most a few
// answers in memory, not one full state per step 1, and goes on answering everyone else. (Step
// 1s are also answered at most once every 2 s per connection, step-one-pace.ts: either bound
// holds this test.)
import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'node:net';
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
import { encodeSyncStep1 } from './codec.ts';

describe('/collab outbound backpressure', () => {
  let server: TestServer | undefined;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = undefined;
  });

  it('does not queue a full state per step 1 for a reader that never reads', async () => {
    server = await startTestServer();
    const { id } = await server.api.createDocument();
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(writer);
    await whenSynced(writer);
    const chunk = 'x'.repeat(200_000);
    for (let i = 0; i < 8; i++) writer.doc.getText('t').insert(0, chunk);
    const reader = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(reader);
    await eventually(() => expect(reader.doc.getText('t').length).toBe(1_600_000), 15_000);

    const before = process.memoryUsage().arrayBuffers;
    const socket = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
    // Never reads: the TCP socket is paused, so the server's answers pile up on its side.
    (socket as unknown as { _socket: Socket })._socket.pause();
    const step1 = encodeSyncStep1(new Y.Doc());
    for (let i = 0; i < 60; i++) socket.send(step1);
    // The server still answers others while that reader hangs.
    const health = await fetch(`${server.origin}/healthz`);
    expect(health.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Unbounded, that is 60 × 1.6 MB ≈ 96 MB held for one connection.
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(grown).toBeLessThan(40_000_000);
    socket.terminate();
  }, 30_000);

  it("closes a reader that stops reading once others' changes pile up past four documents", async () => {
    // A 1 MiB document limit: a reader more than 4 MiB behind is closed, to sync afresh.
    server = await startTestServer({ MAX_DOCUMENT_BYTES: String(1024 * 1024) });
    const { id } = await server.api.createDocument();
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(writer);
    await whenSynced(writer);
    const socket = await rawSocket(server.wsOrigin, `/collab/${id}?token=${server.adminToken}`);
    let received = 0;
    socket.on('message', (data: Buffer) => (received += data.byteLength));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(encodeSyncStep1(new Y.Doc()));
    await eventually(() => expect(received).toBeGreaterThan(0));
    (socket as unknown as { _socket: Socket })._socket.pause();
    // 60 pastes of 400 KB, each taken out again: 24 MB relayed, the document stays small.
    const text = writer.doc.getText('t');
    for (let i = 0; i < 60; i++) {
      text.insert(0, String(i % 10).repeat(400_000));
      text.delete(0, 400_000);
    }
    await eventually(async () => {
      const stored = await server!.store.updates.loadDocument(id);
      expect(stored?.updates.length ?? 0).toBeGreaterThanOrEqual(60);
    }, 20_000);
    (socket as unknown as { _socket: Socket })._socket.resume();
    expect(await closed).toBe(1013);
    // What reached it before the close: the 4 MiB allowed, a frame and the kernel's buffers.
    expect(received).toBeLessThan(16_000_000);
  }, 60_000);
});
