// One update can neither end the process nor make a document unloadable: an update that decodes
// but does not apply is refused before it is stored, and a bad row already in storage is
// quarantined at load while the document opens from the rest.
import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
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
import { RestartableServer, type RunningServer } from '../testing/restartable.ts';

/** Decodes with Y.decodeUpdate, but Y.applyUpdate throws "Unexpected case". */
const POISON = Buffer.from('0001ece0aaf10705878f88b6c30800030768646164696e6700', 'hex');

function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('an update that decodes but does not apply', () => {
  const servers: RestartableServer[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.dispose();
  });

  async function start(): Promise<{ server: RestartableServer; running: RunningServer }> {
    const server = new RestartableServer();
    servers.push(server);
    return { server, running: await server.start() };
  }

  function connect(running: RunningServer, documentId: string): TestClient {
    const client = connectClient(running.wsOrigin, documentId, { token: running.adminToken });
    clients.push(client);
    return client;
  }

  /** The draft as Markdown, through the export a person would use. */
  async function contentOf(running: RunningServer, documentId: string): Promise<string> {
    const response = await fetch(`${running.origin}/api/documents/${documentId}/export?format=md`, {
      headers: { authorization: `Bearer ${running.adminToken}` },
    });
    expect(response.status).toBe(200);
    return response.text();
  }

  async function statusOf(running: RunningServer, path: string): Promise<number> {
    const response = await fetch(running.origin + path, {
      headers: { authorization: `Bearer ${running.adminToken}` },
    });
    await response.arrayBuffer();
    return response.status;
  }

  it('closes its sender with 4400, stores nothing, and every document keeps working', async () => {
    const { server, running } = await start();
    const { id } = await running.api.createDocument();
    const other = await running.api.createDocument('Carers Strategy');
    const writer = connect(running, id);
    await whenSynced(writer);
    appendParagraph(writer.doc, 'We want homes near our families');
    await eventually(async () => expect(await contentOf(running, id)).toContain('near our'));

    const socket = await rawSocket(running.wsOrigin, `/collab/${id}?token=${running.adminToken}`);
    const closed = closeOf(socket);
    socket.send(syncUpdateFrame(POISON));
    const { code, reason } = await closed;
    expect(code).toBe(CloseCode.malformed);
    expect(reason).toMatch(/does not apply/);

    // The server is up: the same document and another both take edits.
    expect((await fetch(`${running.origin}/healthz`)).status).toBe(200);
    appendParagraph(writer.doc, 'and a say in our support');
    const first = connect(running, other.id);
    const second = connect(running, other.id);
    await Promise.all([whenSynced(first), whenSynced(second)]);
    appendParagraph(first.doc, 'Breaks for carers');
    await eventually(() => expect(second.text()).toContain('Breaks for carers'));
    await eventually(async () => expect(await contentOf(running, id)).toContain('a say in'));

    // Nothing was stored: after a restart the document opens whole, nothing quarantined.
    writer.destroy();
    const restarted = await server.restart();
    expect(await restarted.store.updates.listQuarantined(id)).toEqual([]);
    const reader = connect(restarted, id);
    await whenSynced(reader);
    expect(reader.text()).toContain('We want homes near our families');
    expect(reader.text()).toContain('and a say in our support');
  });

  it('already stored is quarantined at load, and the document opens with every good edit', async () => {
    const { server, running } = await start();
    const { id } = await running.api.createDocument();
    const writer = connect(running, id);
    await whenSynced(writer);
    appendParagraph(writer.doc, 'First good edit');
    await eventually(async () => expect(await contentOf(running, id)).toContain('First good'));
    await running.stop();
    server.current = undefined;

    // Written straight into storage, as an older server would have, between two good edits.
    const store = server.openStore();
    await store.updates.appendUpdates([{ documentId: id, update: POISON }]);
    appendParagraph(writer.doc, 'Second good edit');
    const { encodeStateAsUpdate } = await import('yjs');
    await store.updates.appendUpdates([
      { documentId: id, update: encodeStateAsUpdate(writer.doc) },
    ]);
    await store.close();
    writer.destroy();

    // Asked over REST first, with no room open: content, versions and every export answer.
    const restarted = await server.start();
    expect(await statusOf(restarted, `/api/documents/${id}/content`)).toBe(200);
    expect(await statusOf(restarted, `/api/documents/${id}/versions`)).toBe(200);
    for (const format of ['html', 'md', 'docx', 'pdf']) {
      const path = `/api/documents/${id}/export?format=${format}`;
      expect(await statusOf(restarted, path), format).toBe(200);
    }
    expect(await contentOf(restarted, id)).toContain('Second good edit');
    const reader = connect(restarted, id);
    await whenSynced(reader);
    expect(reader.text()).toContain('First good edit');
    expect(reader.text()).toContain('Second good edit');
    const quarantined = await restarted.store.updates.listQuarantined(id);
    expect(quarantined).toHaveLength(1);
    expect(Buffer.from(quarantined[0]!.data)).toEqual(POISON);
    expect(quarantined[0]!.error).toMatch(/Unexpected case/);
    const metrics = await (await fetch(`${restarted.origin}/metrics`)).text();
    expect(metrics).toMatch(/^roundtable_updates_quarantined_total 1$/m);

    // Quarantined once: the next load finds a clean log.
    reader.destroy();
    const again = await server.restart();
    expect(await again.store.updates.listQuarantined(id)).toHaveLength(1);
    expect(await contentOf(again, id)).toContain('Second good edit');
  });
});
