// Words are credited to the person behind the Yjs client id they were written under, so nobody
// may write under someone else's: an update that adds content under another person's client id
// is refused with 4403 and nothing is stored. A person's own old client id stays theirs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type WebSocket from 'ws';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import {
  appendParagraph,
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  seedAdmin,
  startTestServer,
  TestApi,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createServer, type App } from '../app.ts';
import type { DocumentMessage, FanoutBus } from '../bus/ports.ts';
import { loadConfig } from '../config.ts';
import type { Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { encodeUpdate } from './codec.ts';

describe('writing under another person’s client id', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];

  beforeEach(async () => {
    server = await startTestServer({ UNLOAD_AFTER_MS: '50' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.close();
  });

  async function member(workspaceId: string, name: string): Promise<{ id: string; token: string }> {
    const created = await server.app.signIn.createPerson({ name, email: null, isAdmin: false });
    await server.store.identity.putMembership({
      workspaceId,
      userId: created.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    return { id: created.id, token: (await server.app.tokens.create(created.id, 'writing')).token };
  }

  const connect = (documentId: string, token: string, doc?: Y.Doc): TestClient => {
    const client = connectClient(server.wsOrigin, documentId, { token }, doc);
    clients.push(client);
    return client;
  };

  const open = async (documentId: string, token: string): Promise<WebSocket> => {
    const socket = await rawSocket(server.wsOrigin, `/collab/${documentId}?token=${token}`);
    sockets.push(socket);
    return socket;
  };

  async function storedText(documentId: string): Promise<string> {
    const stored = await server.store.updates.loadDocument(documentId);
    const doc = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
    const text = doc.getXmlFragment('default').toString();
    doc.destroy();
    return text;
  }

  async function authors(documentId: string, token: string) {
    const response = await fetch(`${server.origin}/api/documents/${documentId}/authors`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as {
      authors: Array<{ name: string; clientIds: number[] }>;
    };
    return body.authors.map(({ name, clientIds }) => ({ name, clientIds }));
  }

  /** A document holding `state`, then writing `text` under `clientId`: the change it sends. */
  function forgedChange(state: Uint8Array, clientId: number, text: string): Uint8Array {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    // Set after the state is in: Yjs picks a new id when a remote update carries its own.
    doc.clientID = clientId;
    const before = Y.encodeStateVector(doc);
    appendParagraph(doc, text);
    const change = Y.encodeStateAsUpdate(doc, before);
    doc.destroy();
    return change;
  }

  it('refuses words written under another member’s stored client id, and stores none of them', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    const lucy = await member(workspaceId, 'Lucy');
    const mark = await member(workspaceId, 'Mark');
    const lucyClient = connect(id, lucy.token);
    await whenSynced(lucyClient);
    appendParagraph(lucyClient.doc, 'We want homes near our friends.');
    const lucyId = lucyClient.doc.clientID;
    await eventually(async () =>
      expect(await authors(id, mark.token)).toEqual([{ name: 'Lucy', clientIds: [lucyId] }]),
    );
    const state = Y.encodeStateAsUpdate(lucyClient.doc);
    // The room unloads, so who owns Lucy's id must come from storage when it loads again.
    lucyClient.destroy();
    await eventually(() => expect(server.app.rooms.stats().documentsInMemory).toBe(0));

    const forger = await open(id, mark.token);
    const closed = closeOf(forger);
    forger.send(encodeUpdate(forgedChange(state, lucyId, 'FORGED: I resign.')));
    expect((await closed).code).toBe(CloseCode.forbidden);

    // Mark's own later writing is still his (the refusal is about the id, not the person).
    const markClient = connect(id, mark.token);
    await whenSynced(markClient);
    appendParagraph(markClient.doc, 'Mark writes this.');
    await eventually(async () => expect(await storedText(id)).toContain('Mark writes this.'));
    expect(await storedText(id)).not.toContain('FORGED');
    expect(await authors(id, mark.token)).toEqual([
      { name: 'Lucy', clientIds: [lucyId] },
      { name: 'Mark', clientIds: [markClient.doc.clientID] },
    ]);
  });

  it('lets only the first of two people racing for a brand-new client id write under it', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    const lucy = await member(workspaceId, 'Lucy');
    const mark = await member(workspaceId, 'Mark');
    const reader = connect(id, lucy.token);
    await whenSynced(reader);
    const state = Y.encodeStateAsUpdate(reader.doc);
    const contested = 424242;
    const racers = [
      { name: 'Lucy', socket: await open(id, lucy.token), words: 'LUCY writes here.' },
      { name: 'Mark', socket: await open(id, mark.token), words: 'MARK writes here too.' },
    ];
    const refused = Promise.race(
      racers.map(async (racer) => ({ racer, code: (await closeOf(racer.socket)).code })),
    );
    // Sent together: the second may arrive while the first still waits in the persist queue.
    for (const { socket, words } of racers) {
      socket.send(encodeUpdate(forgedChange(state, contested, words)));
    }

    const { racer: loser, code } = await refused;
    expect(code).toBe(CloseCode.forbidden);
    const winner = racers.find((racer) => racer !== loser)!;
    await eventually(() => expect(reader.text()).toContain(winner.words));
    expect(await storedText(id)).not.toContain(loser.words);
    expect(await authors(id, lucy.token)).toEqual([{ name: winner.name, clientIds: [contested] }]);
  });

  it('still takes a person’s writing under their own old client id, after the room reloads', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    const lucy = await member(workspaceId, 'Lucy');
    const first = connect(id, lucy.token);
    await whenSynced(first);
    appendParagraph(first.doc, 'Before the break.');
    const lucyId = first.doc.clientID;
    await eventually(async () => expect(await storedText(id)).toContain('Before the break.'));
    const kept = Y.encodeStateAsUpdate(first.doc);
    first.destroy();
    await eventually(() => expect(server.app.rooms.stats().documentsInMemory).toBe(0));

    // As a browser whose offline copy (y-indexeddb) restored its document and client id.
    const restored = new Y.Doc();
    Y.applyUpdate(restored, kept);
    restored.clientID = lucyId;
    const again = connect(id, lucy.token, restored);
    await whenSynced(again);
    appendParagraph(restored, 'After the break.');
    await eventually(async () => expect(await storedText(id)).toContain('After the break.'));
    expect(again.provider.wsconnected).toBe(true);
    expect(await authors(id, lucy.token)).toEqual([{ name: 'Lucy', clientIds: [lucyId] }]);
  });
});

/** Two server processes' fan-out, in memory: each hears only the other's messages. */
function busPair(): [FanoutBus, FanoutBus] {
  const listeners = [new Map<string, Set<(m: DocumentMessage) => void>>(), new Map()] as const;
  const side = (own: 0 | 1): FanoutBus => ({
    processId: `process-${own}`,
    subscribe(documentId, onMessage) {
      const set = listeners[own].get(documentId) ?? new Set();
      set.add(onMessage);
      listeners[own].set(documentId, set);
      return Promise.resolve(() => set.delete(onMessage));
    },
    publish(documentId, message) {
      for (const listener of listeners[own === 0 ? 1 : 0].get(documentId) ?? []) {
        queueMicrotask(() => listener(message));
      }
    },
    publishAccess: () => undefined,
    onAccess: () => undefined,
    onReconnect: () => undefined,
    health: () => 'ok',
    close: () => Promise.resolve(),
  });
  return [side(0), side(1)];
}

describe('writing under a client id first used through another server process', () => {
  let dataDir = '';
  let store: Store;
  const apps: App[] = [];
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const app of apps.splice(0)) await app.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses it in this process too, once the other process has stored it', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'roundtable-test-'));
    store = openSqliteStore({ filename: join(dataDir, 'roundtable.sqlite') });
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir }, process.cwd());
    const origins: string[] = [];
    for (const bus of busPair()) {
      const app = createServer({ config, store, logger: pino({ level: 'silent' }), bus });
      await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
      apps.push(app);
      origins.push(`127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    }
    const [one, two] = origins as [string, string];
    const admin = new TestApi(`http://${one}`, await seedAdmin(apps[0]!));
    const { id, workspaceId } = await admin.createDocument();
    const tokenOf = async (name: string) => {
      const person = await apps[0]!.signIn.createPerson({ name, email: null, isAdmin: false });
      await store.identity.putMembership({
        workspaceId,
        userId: person.id,
        role: 'member',
        joinedAt: new Date().toISOString(),
        inviteId: null,
      });
      return (await apps[0]!.tokens.create(person.id, 'writing')).token;
    };
    const [lucy, mark] = [await tokenOf('Lucy'), await tokenOf('Mark')];
    const connect = (origin: string, token: string) => {
      const client = connectClient(`ws://${origin}`, id, { token });
      clients.push(client);
      return client;
    };
    // Mark has the document open in process two before Lucy writes through process one.
    const markClient = connect(two, mark);
    const lucyClient = connect(one, lucy);
    await Promise.all([whenSynced(markClient), whenSynced(lucyClient)]);
    appendParagraph(lucyClient.doc, 'We want homes near our friends.');
    await eventually(() => expect(markClient.text()).toContain('near our friends'));

    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(markClient.doc));
    forged.clientID = lucyClient.doc.clientID;
    const before = Y.encodeStateVector(forged);
    appendParagraph(forged, 'FORGED: I resign.');
    const forger = await rawSocket(`ws://${two}`, `/collab/${id}?token=${mark}`);
    const closed = closeOf(forger);
    forger.send(encodeUpdate(Y.encodeStateAsUpdate(forged, before)));
    expect((await closed).code).toBe(CloseCode.forbidden);
    appendParagraph(lucyClient.doc, 'Lucy goes on.');
    await eventually(() => expect(markClient.text()).toContain('Lucy goes on.'));
    expect(markClient.text()).not.toContain('FORGED');
    const stored = await store.updates.loadDocument(id);
    const doc = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
    expect(doc.getXmlFragment('default').toString()).not.toContain('FORGED');
  });
});
