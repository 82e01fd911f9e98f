// Store, then relay: with storage held up, nobody else receives the update; once it is stored,
// they do. The store is the real SQLite store behind a gate.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import type { Store } from '../storage/ports.ts';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';

function gatedStore(store: Store): { store: Store; release: () => void; waiting: () => number } {
  const held: Array<() => void> = [];
  let open = false;
  return {
    store: {
      ...store,
      updates: {
        ...store.updates,
        async appendUpdates(batch) {
          if (!open) await new Promise<void>((resolve) => held.push(resolve));
          return store.updates.appendUpdates(batch);
        },
      },
    },
    release() {
      open = true;
      for (const resolve of held.splice(0)) resolve();
    },
    waiting: () => held.length,
  };
}

describe('store, then relay', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('relays an update to others only after storage has it', async () => {
    let gate: ReturnType<typeof gatedStore> | undefined;
    server = await startTestServer({}, async (dataDir) => {
      gate = gatedStore(openSqliteStore({ filename: join(dataDir, 'gated.sqlite') }));
      return gate.store;
    });
    const { id } = await server.api.createDocument();
    const writer = connectClient(server.wsOrigin, id, { token: server.adminToken });
    const reader = connectClient(server.wsOrigin, id, { token: server.adminToken });
    clients.push(writer, reader);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);

    appendParagraph(writer.doc, 'Nothing about us without us');
    await eventually(() => expect(gate!.waiting()).toBe(1));
    // Give the server every chance to relay early: several turns of the event loop.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(reader.text()).not.toContain('Nothing about us');
    const stored = await gate!.store.updates.loadDocument(id);
    expect(stored?.updates).toHaveLength(1);

    gate!.release();
    await eventually(() => expect(reader.text()).toContain('Nothing about us without us'));
  });
});
