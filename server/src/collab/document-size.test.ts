// A document's total size limit (MAX_DOCUMENT_BYTES): a change that would take it past the limit
// is refused, nothing of it is stored, and its sender is closed with 4413 and a reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import {
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import { encodeUpdate } from './codec.ts';
import { docFromUpdates } from '../documents/snapshot.ts';

describe('/collab document size limit', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ MAX_DOCUMENT_BYTES: '8192', UNLOAD_AFTER_MS: '50' });
  });
  afterEach(async () => {
    await server.close();
  });

  const storedText = async (id: string): Promise<string> => {
    const stored = await server.store.updates.loadDocument(id);
    const doc = docFromUpdates(stored?.updates ?? []);
    const text = doc.getText('t').toString();
    doc.destroy();
    return text;
  };

  it('refuses a change that would pass the limit with 4413, storing none of it', async () => {
    const { id } = await server.api.createDocument();
    const path = `/collab/${id}?token=${server.adminToken}`;
    const writer = new Y.Doc();
    const text = writer.getText('t');
    const send = (socket: Awaited<ReturnType<typeof rawSocket>>, content: string): void => {
      const before = Y.encodeStateVector(writer);
      text.insert(text.length, content);
      socket.send(encodeUpdate(Y.encodeStateAsUpdate(writer, before)));
    };

    const first = await rawSocket(server.wsOrigin, path);
    send(first, 'a'.repeat(3000));
    await eventually(async () => expect(await storedText(id)).toHaveLength(3000));
    first.close();
    // Unloaded and loaded again: the size counted at load includes what is stored.
    await eventually(() => expect(server.app.rooms.stats().documentsInMemory).toBe(0));

    const second = await rawSocket(server.wsOrigin, path);
    const closed = closeOf(second);
    send(second, 'b'.repeat(6000));
    const { code, reason } = await closed;
    expect(code).toBe(CloseCode.tooLarge);
    expect(reason).toMatch(/^This document has reached its size limit/);

    expect(await storedText(id)).toBe('a'.repeat(3000));
    const reader = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(reader);
    expect(reader.doc.getText('t').toString()).toBe('a'.repeat(3000));
    reader.destroy();
    writer.destroy();
  });

  it('accepts changes up to the limit', async () => {
    const { id } = await server.api.createDocument();
    const client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(client);
    const text = client.doc.getText('t');
    for (let i = 0; i < 10; i++) text.insert(text.length, 'c'.repeat(500));
    await eventually(async () => expect(await storedText(id)).toHaveLength(5000));
    expect(client.provider.wsconnected).toBe(true);
    client.destroy();
  });

  it('still takes deletions once the document is full, so it can be made smaller', async () => {
    const { id } = await server.api.createDocument();
    const client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(client);
    const text = client.doc.getText('t');
    // Fill it in pieces until the server refuses one: the document is then full.
    for (let i = 0; i < 40 && client.provider.wsconnected; i++) {
      text.insert(text.length, 'd'.repeat(400));
      await eventually(async () =>
        expect((await storedText(id)).length === text.length || !client.provider.wsconnected).toBe(
          true,
        ),
      );
    }
    client.destroy();
    const full = (await storedText(id)).length;
    expect(full).toBeGreaterThan(4000);

    const remover = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(remover);
    // Every other letter of the first 2,000: a thousand separate deletions, a change of a few
    // kilobytes, more than the room left in the document.
    const shared = remover.doc.getText('t');
    remover.doc.transact(() => {
      for (let i = 0; i < 1000; i++) shared.delete(i, 1);
    });
    await eventually(async () => expect(await storedText(id)).toHaveLength(full - 1000));
    expect(remover.provider.wsconnected).toBe(true);
    remover.destroy();
  });
});
