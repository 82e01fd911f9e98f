// Compaction marks a snapshot checked only when it fits the editor's schema: a snapshot holding
// content the editor cannot show is never given to a new reader before the room has repaired it.
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initialDocumentState } from '../documents/snapshot.ts';
import { storeFixtures } from '../storage/contract-fixtures.ts';
import type { Store } from '../storage/ports.ts';
import { tempSqliteStore } from '../testing/temp-sqlite-store.ts';
import { BROKEN_UPDATES, baseDocument } from '../testing/broken-content.ts';
import type { DocumentRoom } from './room.ts';
import { RoomCompactions } from './room-compactions.ts';
import { editorSchemaGuard } from '../export/editor-schema-guard.ts';

let temp: ReturnType<typeof tempSqliteStore>;
let store: Store;
let compactions: RoomCompactions;
const { newDocument } = storeFixtures(() => store);

beforeEach(() => {
  temp = tempSqliteStore();
  store = temp.store;
  compactions = new RoomCompactions({
    log: store.updates,
    logger: pino({ level: 'silent' }),
    guard: editorSchemaGuard(),
  });
});

afterEach(() => temp.dispose());

/** A stored document holding the base document, and `change` after it when given. */
async function storedWith(change?: (state: Uint8Array) => Uint8Array): Promise<string> {
  const id = await newDocument();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initialDocumentState());
  baseDocument(doc);
  const base = Y.encodeStateAsUpdate(doc);
  await store.updates.appendUpdates([{ documentId: id, update: base }]);
  if (change) await store.updates.appendUpdates([{ documentId: id, update: change(base) }]);
  return id;
}

const roomOf = (documentId: string) =>
  ({ documentId, compacting: false, logBytes: 1 }) as unknown as DocumentRoom;

it('marks a snapshot that fits the editor checked', async () => {
  const id = await storedWith();
  await compactions.run(roomOf(id));
  expect((await store.updates.loadDocument(id))?.snapshotChecked).toBe(true);
});

it.each(BROKEN_UPDATES.slice(0, 6).map((broken) => [broken.name, broken] as const))(
  'leaves a snapshot unchecked when it holds %s',
  async (_name, broken) => {
    const id = await storedWith((state) => broken.make(state));
    await compactions.run(roomOf(id));
    const stored = await store.updates.loadDocument(id);
    expect(stored?.updates).toHaveLength(1);
    expect(stored?.snapshotChecked).toBe(false);
  },
);
