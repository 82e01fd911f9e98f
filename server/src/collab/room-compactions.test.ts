// Compaction marks a snapshot checked only when it fits the editor's schema: a snapshot holding
// content the editor cannot show is never given to a new reader before the room has repaired it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initialDocumentState } from '../documents/snapshot.ts';
import type { Store } from '../storage/ports.ts';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.ts';
import { BROKEN_UPDATES, baseDocument } from '../testing/broken-content.ts';
import type { DocumentRoom } from './room.ts';
import { RoomCompactions } from './room-compactions.ts';
import { editorSchemaGuard } from './schema-guard.ts';

let dir: string;
let store: Store;
let compactions: RoomCompactions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roundtable-compactions-'));
  store = openSqliteStore({ filename: join(dir, 'store.sqlite') });
  compactions = new RoomCompactions({
    log: store.updates,
    logger: pino({ level: 'silent' }),
    guard: editorSchemaGuard(),
  });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A stored document holding the base document, and `change` after it when given. */
async function storedWith(id: string, change?: (state: Uint8Array) => Uint8Array): Promise<void> {
  const createdAt = new Date().toISOString();
  await store.workspaces.createWorkspace({ id: `ws-${id}`, name: 'Board', createdAt });
  await store.documents.createDocument({
    record: { id, workspaceId: `ws-${id}`, title: 'Strategy', createdAt, updatedAt: createdAt },
    initialState: initialDocumentState(),
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initialDocumentState());
  baseDocument(doc);
  const base = Y.encodeStateAsUpdate(doc);
  await store.updates.appendUpdates([{ documentId: id, update: base }]);
  if (change) await store.updates.appendUpdates([{ documentId: id, update: change(base) }]);
}

const roomOf = (documentId: string) =>
  ({ documentId, compacting: false, logBytes: 1 }) as unknown as DocumentRoom;

it('marks a snapshot that fits the editor checked', async () => {
  await storedWith('fits');
  await compactions.run(roomOf('fits'));
  expect((await store.updates.loadDocument('fits'))?.snapshotChecked).toBe(true);
});

it.each(BROKEN_UPDATES.slice(0, 6).map((broken) => [broken.name, broken] as const))(
  'leaves a snapshot unchecked when it holds %s',
  async (_name, broken) => {
    await storedWith('broken', (state) => broken.make(state));
    await compactions.run(roomOf('broken'));
    const stored = await store.updates.loadDocument('broken');
    expect(stored?.updates).toHaveLength(1);
    expect(stored?.snapshotChecked).toBe(false);
  },
);
