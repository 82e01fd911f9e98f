// Contract cases for a compaction whose merge takes a while (a large draft's merge runs in a
// worker thread, for seconds): what people write meanwhile is kept; a merge that another
// compaction overtook, an erasure's say, is not stored, so it cannot bring back what that one
// removed; and an erasure's compaction overtaken by another merges again, so what it deleted
// leaves storage all the same.
import { beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeIntoSnapshot } from '../documents/snapshot.ts';
import { storeFixtures, textOf } from './contract-fixtures.ts';
import type { MergeUpdates, Store } from './ports.ts';

/** A merge that waits until released: the compaction is under way meanwhile. */
function heldMerge(): { merge: MergeUpdates; started: Promise<void>; release: () => void } {
  let release!: () => void;
  let began!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (began = resolve));
  const merge: MergeUpdates = async (updates) => {
    began();
    await released;
    return mergeIntoSnapshot(updates);
  };
  return { merge, started, release };
}

export function updateLogSlowMergeContract(getStore: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = getStore();
  });
  const { newDocument } = storeFixtures(getStore);

  /** A document whose log holds `words`, and the writer that wrote them. */
  async function written(words: string[]): Promise<{ id: string; writer: Y.Doc }> {
    const id = await newDocument();
    const writer = new Y.Doc();
    const pending: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => void pending.push(update));
    for (const word of words) writer.getText('t').insert(writer.getText('t').length, word);
    await store.updates.appendUpdates(pending.map((update) => ({ documentId: id, update })));
    return { id, writer };
  }

  async function append(id: string, writer: Y.Doc, word: string): Promise<void> {
    const before = Y.encodeStateVector(writer);
    writer.getText('t').insert(writer.getText('t').length, word);
    const update = Y.encodeStateAsUpdate(writer, before);
    await store.updates.appendUpdates([{ documentId: id, update }]);
  }

  it('keeps what is written while a merge is under way', async () => {
    const { id, writer } = await written(['Homes ', 'near ']);
    const held = heldMerge();
    const compacting = store.updates.compact(id, held.merge);
    await held.started;
    await append(id, writer, 'family');
    held.release();
    expect((await compacting).mergedUpdates).toBe(2);
    const stored = await store.updates.loadDocument(id);
    expect(textOf(stored!.updates)).toBe('Homes near family');
    // The update written meanwhile is still in the log, after the new snapshot.
    expect(stored!.updates).toHaveLength(2);
  });

  it('does not store a merge that an erasure overtook, so what it removed stays removed', async () => {
    const { id } = await written(['Call Sam ', 'on 0700 900 123']);
    const held = heldMerge();
    const stale = store.updates.compact(id, held.merge);
    await held.started;
    // Meanwhile an erasure rewrites the document without the phone number, and compacts it.
    const erased = (updates: Uint8Array[]) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.mergeUpdates(updates));
      const text = doc.getText('t');
      text.delete(text.toString().indexOf('on 0700'), 'on 0700 900 123'.length);
      const state = mergeIntoSnapshot([Y.encodeStateAsUpdate(doc)]);
      doc.destroy();
      return state;
    };
    expect((await store.updates.compact(id, erased)).mergedUpdates).toBe(2);
    held.release();
    expect(await stale).toEqual({ mergedUpdates: 0 });
    expect(textOf((await store.updates.loadDocument(id))!.updates)).toBe('Call Sam ');
  });

  it('drops a merge overtaken by a rewrite of a snapshot with no log after it', async () => {
    const { id } = await written(['Call Sam ', 'on 0700 900 123']);
    await store.updates.compact(id, mergeIntoSnapshot);
    const held = heldMerge();
    const stale = store.updates.compact(id, held.merge, { evenWithoutLog: true });
    await held.started;
    const erased = (updates: Uint8Array[]) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.mergeUpdates(updates));
      doc.getText('t').delete(0, doc.getText('t').length);
      const state = mergeIntoSnapshot([Y.encodeStateAsUpdate(doc)]);
      doc.destroy();
      return state;
    };
    await store.updates.compact(id, erased, { evenWithoutLog: true });
    held.release();
    expect(await stale).toEqual({ mergedUpdates: 0 });
    expect(textOf((await store.updates.loadDocument(id))!.updates)).toBe('');
  });

  it('merges again when an erasure’s compaction is overtaken, so what it deleted leaves storage', async () => {
    const { id, writer } = await written(['Call Sam ', 'on 0700 900 123']);
    // A compaction of the room reads the log, phone number and all, and takes its time.
    const room = heldMerge();
    const roomCompaction = store.updates.compact(id, room.merge);
    await room.started;
    // The erasure deletes the number and compacts; the room's compaction writes first.
    const before = Y.encodeStateVector(writer);
    const text = writer.getText('t');
    text.delete(text.toString().indexOf('on 0700'), 'on 0700 900 123'.length);
    await store.updates.appendUpdates([
      { documentId: id, update: Y.encodeStateAsUpdate(writer, before) },
    ]);
    const erasure = heldMerge();
    const erasing = store.updates.compact(id, erasure.merge, { evenWithoutLog: true });
    await erasure.started;
    room.release();
    await roomCompaction;
    erasure.release();
    await erasing;
    const stored = (await store.updates.loadDocument(id))!.updates;
    expect(textOf(stored)).toBe('Call Sam ');
    expect(stored.some((update) => Buffer.from(update).includes('0700 900 123'))).toBe(false);
  });
}
