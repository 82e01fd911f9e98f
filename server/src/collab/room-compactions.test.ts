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
import { RETRY_COMPACTION_AFTER_MS, RoomCompactions } from './room-compactions.ts';
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

const roomOf = (documentId: string) => ({ documentId, logBytes: 1 }) as unknown as DocumentRoom;

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

it('after a failed merge, tries again as the log grows only after a while, and at unload at once', async () => {
  const id = await storedWith();
  let now = 0;
  let failing = true;
  const merges: string[] = [];
  const flaky = new RoomCompactions({
    log: store.updates,
    logger: pino({ level: 'silent' }),
    guard: editorSchemaGuard(),
    now: () => now,
    mergeLog: async (updates) => {
      merges.push(failing ? 'failed' : 'merged');
      if (failing) throw new Error('the thread timed out');
      return { state: Y.mergeUpdates(updates), checked: false };
    },
  });
  const room = roomOf(id);
  await flaky.grown(room);
  await flaky.grown(room); // the next edit, a moment later: not read and merged again
  expect(merges).toEqual(['failed']);
  expect((await store.updates.loadDocument(id))?.updates.length).toBeGreaterThan(1);
  failing = false;
  now = RETRY_COMPACTION_AFTER_MS;
  await flaky.grown(room);
  expect(merges).toEqual(['failed', 'merged']);
  expect((await store.updates.loadDocument(id))?.updates).toHaveLength(1);
  // An unload compacts whatever happened before.
  const more = new Y.Doc();
  more.getText('notes').insert(0, 'more');
  await store.updates.appendUpdates([{ documentId: id, update: Y.encodeStateAsUpdate(more) }]);
  failing = true;
  await flaky.grown(room);
  failing = false;
  await flaky.run(room);
  expect(merges).toEqual(['failed', 'merged', 'failed', 'merged']);
});

/** Compactions whose first merge waits until `release` is called. */
function slowCompactions() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let merges = 0;
  const slow = new RoomCompactions({
    log: store.updates,
    logger: pino({ level: 'silent' }),
    guard: editorSchemaGuard(),
    mergeLog: async (updates) => {
      merges += 1;
      if (merges === 1) await released;
      return { state: Y.mergeUpdates(updates), checked: false };
    },
  });
  return { slow, release, merges: () => merges };
}

it('compacts once more after a merge under way, so what was written meanwhile is in the snapshot', async () => {
  const id = await storedWith();
  const { slow, release, merges } = slowCompactions();
  const room = roomOf(id);
  void slow.run(room); // the log grew
  await new Promise((resolve) => setTimeout(resolve, 20));
  const more = new Y.Doc();
  more.getText('notes').insert(0, 'written during the merge');
  await store.updates.appendUpdates([{ documentId: id, update: Y.encodeStateAsUpdate(more) }]);
  const unloading = slow.run(room); // the room unloads while the merge runs
  release();
  await unloading;
  await slow.finished();
  expect(merges()).toBe(2);
  expect((await store.updates.loadDocument(id))?.updates).toHaveLength(1);
});

it('asks for no more merges while one is under way as the log goes on growing', async () => {
  const id = await storedWith();
  const { slow, release, merges } = slowCompactions();
  const room = roomOf(id);
  const first = slow.grown(room);
  // Every edit during the merge finds the log still past its bound.
  expect(slow.grown(room)).toBe(first);
  expect(slow.grown(room)).toBe(first);
  release();
  await slow.finished();
  expect(merges()).toBe(1);
});
