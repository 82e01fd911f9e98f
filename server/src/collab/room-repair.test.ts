// A document stored with content that does not fit the editor's schema (written before the
// schema guard existed) is served repaired: its draft content over REST, and in the room, where
// the repair is stored before anyone is answered. Its words are kept, and export works.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BROKEN_UPDATES, baseDocument, nestedQuotes } from '../testing/broken-content.ts';
import { connectClient, whenSynced, type TestClient } from '../testing/harness.ts';
import { RestartableServer } from '../testing/restartable.ts';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';

const guard = editorSchemaGuard();

function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('a stored document that does not fit the schema', () => {
  const server = new RestartableServer();
  const clients: TestClient[] = [];
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.dispose();
  });

  it('is served repaired, keeping its words, and exports', async () => {
    let running = await server.start();
    const { id } = await running.api.createDocument();
    await running.stop();
    // Written straight into storage, as a server without the guard would have stored it.
    const store = server.openStore();
    const stored = await store.updates.loadDocument(id);
    const doc = docOf(stored?.updates ?? []);
    const base = Y.encodeStateVector(doc);
    baseDocument(doc);
    for (const { make } of BROKEN_UPDATES) Y.applyUpdate(doc, make(Y.encodeStateAsUpdate(doc)));
    await store.updates.appendUpdates([
      { documentId: id, update: Y.encodeStateAsUpdate(doc, base) },
    ]);
    await store.close();
    expect(guard.checkAll(doc).problem).not.toBeNull();

    running = await server.start();
    const headers = { authorization: `Bearer ${running.adminToken}` };
    // Before anyone opens it: the draft as the browser reads it for comparing versions.
    const draft = await fetch(`${running.origin}/api/documents/${id}/content`, { headers });
    expect(guard.checkAll(docOf([new Uint8Array(await draft.arrayBuffer())])).problem).toBeNull();

    const reader = connectClient(running.wsOrigin, id, { token: running.adminToken });
    clients.push(reader);
    await whenSynced(reader);
    expect(guard.checkAll(reader.doc).problem).toBeNull();
    for (const { words } of BROKEN_UPDATES) if (words) expect(reader.text()).toContain(words);
    // The repair is stored, so a restart serves the same.
    const after = await running.store.updates.loadDocument(id);
    expect(guard.checkAll(docOf(after?.updates ?? [])).problem).toBeNull();

    const exported = await fetch(`${running.origin}/api/documents/${id}/export?format=md`, {
      headers,
    });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('widget words');
  });

  it('flattens quotes stored 5,000 deep, keeping their words; the draft reads and exports', async () => {
    let running = await server.start();
    const { id } = await running.api.createDocument();
    await running.stop();
    const store = server.openStore();
    const stored = await store.updates.loadDocument(id);
    const doc = docOf(stored?.updates ?? []);
    const base = Y.encodeStateVector(doc);
    baseDocument(doc);
    Y.applyUpdate(doc, nestedQuotes(5000, 'five thousand down')(Y.encodeStateAsUpdate(doc)));
    await store.updates.appendUpdates([
      { documentId: id, update: Y.encodeStateAsUpdate(doc, base) },
    ]);
    await store.close();

    running = await server.start();
    const headers = { authorization: `Bearer ${running.adminToken}` };
    const draft = await fetch(`${running.origin}/api/documents/${id}/content`, { headers });
    expect(draft.status).toBe(200);
    expect(guard.checkAll(docOf([new Uint8Array(await draft.arrayBuffer())])).problem).toBeNull();
    const early = await fetch(`${running.origin}/api/documents/${id}/export?format=md`, {
      headers,
    });
    expect(early.status).toBe(200);
    expect(await early.text()).toContain('five thousand down');

    const reader = connectClient(running.wsOrigin, id, { token: running.adminToken });
    clients.push(reader);
    await whenSynced(reader);
    expect(guard.checkAll(reader.doc).problem).toBeNull();
    expect(reader.text()).toContain('five thousand down');
    reader.destroy();
    // After a restart the stored log (the tower and the repair in steps) loads and reads.
    await running.stop();
    running = await server.start();
    const again = await fetch(`${running.origin}/api/documents/${id}/export?format=html`, {
      headers: { authorization: `Bearer ${running.adminToken}` },
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('five thousand down');
  });
});
