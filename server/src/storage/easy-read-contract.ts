// Contract cases for Easy Read versions and their checks, run inside storeContract for every
// store.
import { expect, it } from 'vitest';
import { initialDocumentState } from '../documents/snapshot.ts';
import { at, storeFixtures, uniqueId } from './contract-fixtures.ts';
import type { CheckAnswerRecord, CheckRoundRecord } from './easy-read-ports.ts';
import type { Store } from './ports.ts';

export function easyReadContract(getStore: () => Store): void {
  const { newDocument, newPerson } = storeFixtures(getStore);

  const makeEasyRead = async (draftId: string) => {
    const draft = await getStore().documents.getDocument(draftId);
    const id = uniqueId('easy');
    return getStore().documents.createEasyReadVersion({
      record: {
        id,
        workspaceId: draft!.workspaceId,
        title: 'Easy Read',
        createdAt: at(2),
        updatedAt: at(2),
      },
      draftId,
      initialState: initialDocumentState(),
    });
  };

  it('keeps one Easy Read version per draft, with its first content, found from the draft', async () => {
    const store = getStore();
    const draftId = await newDocument();
    const first = await makeEasyRead(draftId);
    expect(first).toMatchObject({ easyReadOf: draftId, deletedAt: null, title: 'Easy Read' });
    expect(await makeEasyRead(draftId)).toBeUndefined();
    expect(await store.documents.getDocument(first!.id)).toEqual(first);
    expect(await store.documents.findEasyReadVersion(draftId)).toEqual(first);
    expect(await store.documents.findEasyReadVersion(first!.id)).toBeUndefined();
    expect((await store.updates.loadDocument(first!.id))?.updates).toHaveLength(1);
    const listed = await store.documents.listDocuments({
      workspaceId: first!.workspaceId,
      inBin: false,
    });
    expect(listed.find((d) => d.id === draftId)?.easyReadOf).toBeNull();
    expect(listed.find((d) => d.id === first!.id)?.easyReadOf).toBe(draftId);
  });

  it('leaves the Easy Read version as an ordinary document when its draft is erased', async () => {
    const store = getStore();
    const draftId = await newDocument();
    const easyRead = await makeEasyRead(draftId);
    await store.documents.updateDocument(draftId, { deletedAt: at(3), updatedAt: at(3) });
    expect(await store.documents.purgeBin(at(4))).toContain(draftId);
    expect((await store.documents.getDocument(easyRead!.id))?.easyReadOf).toBeNull();
  });

  it('keeps the pages of each check, and knows the latest', async () => {
    const store = getStore();
    const documentId = await newDocument();
    const round = (id: string, minute: number): CheckRoundRecord => ({
      id,
      documentId,
      startedBy: 'facilitator',
      startedAt: at(minute),
      pages: [
        {
          title: 'Housing',
          blocks: [{ text: 'You choose.', picture: 'openmoji:1F3E0', pictureAlt: 'A house' }],
        },
      ],
    });
    expect(await store.easyReadChecks.latestCheckRound(documentId)).toBeUndefined();
    const first = round(uniqueId('round'), 5);
    const second = round(uniqueId('round'), 9);
    await store.easyReadChecks.createCheckRound(second);
    await store.easyReadChecks.createCheckRound(first);
    expect(await store.easyReadChecks.getCheckRound(first.id)).toEqual(first);
    expect(await store.easyReadChecks.getCheckRound('missing')).toBeUndefined();
    expect(await store.easyReadChecks.latestCheckRound(documentId)).toEqual(second);
  });

  it('keeps one answer per person per page, replaced when they change it', async () => {
    const store = getStore();
    const documentId = await newDocument();
    const roundId = uniqueId('round');
    await store.easyReadChecks.createCheckRound({
      id: roundId,
      documentId,
      startedBy: 'facilitator',
      startedAt: at(1),
      pages: [],
    });
    const sam = await newPerson('Sam');
    const ben = await newPerson('Ben');
    const answer = (
      userId: string,
      page: number,
      kind: CheckAnswerRecord['answer'],
      minute: number,
      words = '',
    ): CheckAnswerRecord => ({
      roundId,
      page,
      userId,
      answer: kind,
      words,
      answeredAt: at(minute),
    });
    await store.easyReadChecks.putCheckAnswer(answer(sam, 2, 'do-not-understand', 3, 'tenancy'));
    await store.easyReadChecks.putCheckAnswer(answer(ben, 1, 'understand', 4));
    await store.easyReadChecks.putCheckAnswer(answer(sam, 1, 'not-sure', 5));
    await store.easyReadChecks.putCheckAnswer(answer(sam, 2, 'understand', 6));
    expect(await store.easyReadChecks.listCheckAnswers(roundId)).toEqual([
      answer(ben, 1, 'understand', 4),
      answer(sam, 1, 'not-sure', 5),
      answer(sam, 2, 'understand', 6),
    ]);
    expect(await store.easyReadChecks.listCheckAnswers('missing')).toEqual([]);
  });
}
