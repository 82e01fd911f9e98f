// Property cases for the update log: whatever order concurrent updates arrive in, and however
// compactions interleave with appends, the stored document has the same content.
import { beforeEach, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { mergeIntoSnapshot } from '../documents/snapshot.ts';
import { storeFixtures, textOf } from './contract-fixtures.ts';
import type { Store } from './ports.ts';

export function updateLogPropertyContract(getStore: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = getStore();
  });
  const { newDocument } = storeFixtures(getStore);

  it('loads the same content for any interleaving of concurrent updates compacted at any points', async () => {
    // Three people edit concurrently; their updates reach storage in any order, and
    // compaction runs at arbitrary points in between.
    const edit = fc.record({
      person: fc.integer({ min: 0, max: 2 }),
      position: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 4 }),
      deleteFirst: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        async (edits, compactAfter, shuffle) => {
          const id = await newDocument();
          const people = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
          const produced: Uint8Array[] = [];
          for (const doc of people) doc.on('update', (u: Uint8Array) => produced.push(u));
          for (const { person, position, text, deleteFirst } of edits) {
            const t = people[person]!.getText('t');
            if (deleteFirst && t.length > 0) t.delete(position % t.length, 1);
            t.insert(position % (t.length + 1), text);
          }
          const expected = textOf(produced);
          const order = [...produced];
          const picks = shuffle.take(order.length);
          let i = 0;
          for (const pick of picks) {
            const j = i + (pick % (order.length - i));
            [order[i], order[j]] = [order[j]!, order[i]!];
            i++;
          }
          for (const [index, update] of order.entries()) {
            await store.updates.appendUpdates([{ documentId: id, update }]);
            if (compactAfter[index]) await store.updates.compact(id, mergeIntoSnapshot);
          }
          expect(textOf((await store.updates.loadDocument(id))!.updates)).toBe(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('loses nothing when two compactions of one document run at once with appends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        async (n, split) => {
          const id = await newDocument();
          const writer = new Y.Doc();
          const updates: Uint8Array[] = [];
          writer.on('update', (u: Uint8Array) => updates.push(u));
          for (let i = 0; i < n; i++)
            writer.getText('t').insert(i, String.fromCharCode(97 + (i % 26)));
          const first = updates.slice(0, split % n);
          const rest = updates.slice(split % n);
          await store.updates.appendUpdates(first.map((update) => ({ documentId: id, update })));
          await Promise.all([
            store.updates.compact(id, mergeIntoSnapshot),
            ...rest.map((update) => store.updates.appendUpdates([{ documentId: id, update }])),
            store.updates.compact(id, mergeIntoSnapshot),
          ]);
          expect(textOf((await store.updates.loadDocument(id))!.updates)).toBe(
            writer.getText('t').toString(),
          );
        },
      ),
      { numRuns: 15 },
    );
  });
}
