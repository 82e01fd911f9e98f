// Contract cases for the update log: loading in order, storing batches whole, compaction, and
// who each Yjs client id belongs to. Run inside storeContract for every store.
import { beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeIntoCheckedSnapshot, mergeIntoSnapshot } from '../documents/snapshot.ts';
import { storeFixtures, textOf } from './contract-fixtures.ts';
import type { Store } from './ports.ts';

export function updateLogContract(getStore: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = getStore();
  });
  const { newDocument, newPerson } = storeFixtures(getStore);

  it('loads the snapshot first, then the log in the order it was written', async () => {
    const id = await newDocument();
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => updates.push(update));
    for (const word of ['We ', 'want ', 'homes'])
      writer.getText('t').insert(writer.getText('t').length, word);
    await store.updates.appendUpdates(updates.map((update) => ({ documentId: id, update })));
    const stored = await store.updates.loadDocument(id);
    expect(stored?.updates.slice(1).map((u) => Buffer.from(u))).toEqual(
      updates.map((u) => Buffer.from(u)),
    );
    expect(stored?.logBytes).toBe(updates.reduce((sum, u) => sum + u.byteLength, 0));
    expect(textOf(stored!.updates)).toBe('We want homes');
  });

  it('stores a batch whole or not at all', async () => {
    const id = await newDocument();
    const writer = new Y.Doc();
    writer.getText('t').insert(0, 'kept');
    const update = Y.encodeStateAsUpdate(writer);
    await expect(
      store.updates.appendUpdates([
        { documentId: id, update },
        { documentId: 'no-such-document', update },
      ]),
    ).rejects.toThrow();
    expect((await store.updates.loadDocument(id))?.updates).toHaveLength(1);
  });

  it('stores each batch with its own updates, however many batches of that size came before', async () => {
    const homes = await newDocument();
    const work = await newDocument();
    const writers = new Map([homes, work].map((id) => [id, new Y.Doc()]));
    const typed = (id: string, word: string) => {
      const text = writers.get(id)!.getText('t');
      const before = Y.encodeStateVector(writers.get(id)!);
      text.insert(text.length, word);
      return { documentId: id, update: Y.encodeStateAsUpdate(writers.get(id)!, before) };
    };
    // Sizes 1, 2, 1, 2, 3: later batches of a size run the same statement with new values.
    await store.updates.appendUpdates([typed(homes, 'We ')]);
    await store.updates.appendUpdates([typed(work, 'Jobs '), typed(homes, 'want ')]);
    await store.updates.appendUpdates([typed(work, 'for ')]);
    await store.updates.appendUpdates([typed(homes, 'homes '), typed(work, 'all ')]);
    await store.updates.appendUpdates([
      typed(work, 'of '),
      typed(homes, 'near '),
      typed(work, 'us'),
    ]);
    expect(textOf((await store.updates.loadDocument(homes))!.updates)).toBe('We want homes near ');
    expect(textOf((await store.updates.loadDocument(work))!.updates)).toBe('Jobs for all of us');
  });

  it('compacts the log into one snapshot with the same content', async () => {
    const id = await newDocument();
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 50; i++) writer.getText('t').insert(i, String(i % 10));
    await store.updates.appendUpdates(updates.map((update) => ({ documentId: id, update })));
    const result = await store.updates.compact(id, mergeIntoSnapshot);
    expect(result.mergedUpdates).toBe(50);
    const stored = await store.updates.loadDocument(id);
    expect(stored?.updates).toHaveLength(1);
    expect(stored?.logBytes).toBe(0);
    expect(textOf(stored!.updates)).toBe(writer.getText('t').toString());
    expect((await store.updates.compact(id, mergeIntoSnapshot)).mergedUpdates).toBe(0);
  });

  it('keeps whether compaction checked the snapshot, until the snapshot is made again', async () => {
    const id = await newDocument();
    expect((await store.updates.loadDocument(id))?.snapshotChecked).toBe(false);
    const writer = new Y.Doc();
    const append = async (text: string) => {
      writer.getText('t').insert(0, text);
      await store.updates.appendUpdates([
        { documentId: id, update: Y.encodeStateAsUpdate(writer) },
      ]);
    };
    await append('Homes');
    await store.updates.compact(id, (updates) => mergeIntoCheckedSnapshot(updates, () => true));
    expect((await store.updates.loadDocument(id))?.snapshotChecked).toBe(true);
    // A tail after it does not change the mark: what is loaded is the snapshot and the tail.
    await append('Work ');
    const withTail = await store.updates.loadDocument(id);
    expect([withTail?.snapshotChecked, withTail?.updates.length]).toEqual([true, 2]);
    // Merged without a check (or found not to fit), it is unchecked again.
    await store.updates.compact(id, mergeIntoSnapshot);
    expect((await store.updates.loadDocument(id))?.snapshotChecked).toBe(false);
    await append('Care ');
    await store.updates.compact(id, (updates) => mergeIntoCheckedSnapshot(updates, () => false));
    const unfit = await store.updates.loadDocument(id);
    expect([unfit?.snapshotChecked, textOf(unfit!.updates)]).toEqual([false, 'Care Work Homes']);
  });

  it('records who each Yjs client id belongs to with the update, first person kept, through compaction', async () => {
    const id = await newDocument();
    const lucy = await newPerson('Lucy');
    const mark = await newPerson('Mark');
    const writer = new Y.Doc();
    writer.getText('t').insert(0, 'Homes');
    const update = Y.encodeStateAsUpdate(writer);
    await store.updates.appendUpdates([
      { documentId: id, update, authors: [{ clientId: 4_000_000_000, userId: lucy }] },
      { documentId: id, update, authors: [{ clientId: 7, userId: mark }] },
    ]);
    // A later claim on a client id does not take it over.
    await store.updates.appendUpdates([
      { documentId: id, update, authors: [{ clientId: 7, userId: lucy }] },
    ]);
    await store.updates.compact(id, mergeIntoSnapshot);
    expect(await store.updates.listClientAuthors(id)).toEqual([
      { clientId: 7, userId: mark },
      { clientId: 4_000_000_000, userId: lucy },
    ]);
    expect(await store.updates.listClientAuthors(await newDocument())).toEqual([]);
  });

  it('stores an update and its authors together or not at all', async () => {
    const id = await newDocument();
    const writer = new Y.Doc();
    writer.getText('t').insert(0, 'kept');
    await expect(
      store.updates.appendUpdates([
        {
          documentId: id,
          update: Y.encodeStateAsUpdate(writer),
          authors: [{ clientId: 1, userId: 'nobody-with-this-id' }],
        },
      ]),
    ).rejects.toThrow();
    expect(await store.updates.loadDocument(id)).toMatchObject({ logBytes: 0 });
    expect(await store.updates.listClientAuthors(id)).toEqual([]);
  });
}
