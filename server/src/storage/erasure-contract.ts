// The erasure contract: erasing a person makes every row that named them name their pseudonym,
// deletes them, and records the erasure by hashed reference, in one go; an unknown person
// changes nothing. Compaction can also rewrite a snapshot with no log after it.
import * as Y from 'yjs';
import { expect, it } from 'vitest';
import { mergeIntoSnapshot } from '../documents/snapshot.ts';
import { at, storeFixtures, uniqueId } from './contract-fixtures.ts';
import type { ErasureRecord, ReplacePerson } from './erasure-ports.ts';
import type { Store } from './ports.ts';

export function erasureContract(current: () => Store): void {
  const { newDocument, newPerson } = storeFixtures(current);

  const erasing = async (personId: string): Promise<ReplacePerson> => {
    const number = await current().erasure.nextNumber();
    const pseudonymId = `former-member-${number}-${uniqueId('p')}`;
    const record: ErasureRecord = {
      number,
      reference: 'a'.repeat(64 - String(number).length) + String(number),
      pseudonymId,
      erasedAt: at(30),
      options: { removePendingSuggestions: false, commentsDeletedIn: [] },
    };
    const rewrite = (value: unknown): unknown =>
      JSON.stringify(value).includes(personId)
        ? (JSON.parse(JSON.stringify(value).replaceAll(personId, pseudonymId)) as unknown)
        : value;
    return {
      personId,
      pseudonym: {
        ...(await current().identity.getUser(personId))!,
        id: pseudonymId,
        name: `Former member ${number}`,
        email: null,
      },
      needles: [personId],
      rewriteJson: rewrite,
      record,
    };
  };

  it('makes every row that named the person name the pseudonym, and records the erasure', async () => {
    const store = current();
    const documentId = await newDocument();
    const sam = await newPerson('Sam');
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'words');
    await store.updates.appendUpdates([
      {
        documentId,
        update: Y.encodeStateAsUpdate(doc),
        authors: [{ clientId: doc.clientID, userId: sam }],
      },
    ]);
    await store.suggestions.recordDecision({
      id: uniqueId('d'),
      documentId,
      suggestionId: 's-1',
      outcome: 'accepted',
      summary: 'adds ‘words’',
      suggestedBy: sam,
      suggestedAt: at(1),
      how: { kind: 'direct', by: sam },
      decidedAt: at(2),
    });
    const input = await erasing(sam);
    expect(await store.erasure.replacePerson(input)).toEqual({ movedUp: [] });
    const pseudonymId = input.record.pseudonymId;
    expect(await store.updates.listClientAuthors(documentId)).toEqual([
      { clientId: doc.clientID, userId: pseudonymId },
    ]);
    const [decision] = await store.suggestions.listDecisions(documentId);
    expect(decision).toMatchObject({ suggestedBy: pseudonymId, how: { by: pseudonymId } });
    expect(await store.identity.getUser(sam)).toBeUndefined();
    expect(await store.identity.getUser(pseudonymId)).toMatchObject({ email: null });
    expect(await store.erasure.listPersonIds()).not.toContain(sam);
    expect((await store.erasure.listErasures()).at(-1)).toEqual(input.record);
    expect(await store.erasure.nextNumber()).toBe(input.record.number + 1);
    doc.destroy();
  });

  it('changes nothing for a person who does not exist', async () => {
    const store = current();
    const sam = await newPerson('Sam');
    const input = await erasing(sam);
    const before = await store.erasure.listErasures();
    expect(
      await store.erasure.replacePerson({ ...input, personId: 'nobody-like-this' }),
    ).toBeUndefined();
    expect(await store.erasure.listErasures()).toEqual(before);
    expect(await store.identity.getUser(input.record.pseudonymId)).toBeUndefined();
  });

  it('rewrites a snapshot with no log after it only when asked', async () => {
    const store = current();
    const documentId = await newDocument();
    const merged: number[] = [];
    const merge = (updates: Uint8Array[]) => {
      merged.push(updates.length);
      return mergeIntoSnapshot(updates);
    };
    expect(await store.updates.compact(documentId, merge)).toEqual({ mergedUpdates: 0 });
    expect(merged).toEqual([]);
    await store.updates.compact(documentId, merge, { evenWithoutLog: true });
    expect(merged).toEqual([1]);
    expect((await store.updates.loadDocument(documentId))?.updates).toHaveLength(1);
  });
}
