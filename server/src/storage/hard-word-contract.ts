// Contract cases for a workspace's hard words, run inside storeContract for every store.
import { expect, it } from 'vitest';
import { at, storeFixtures, uniqueId } from './contract-fixtures.ts';
import type { HardWordRecord } from './hard-word-ports.ts';
import type { Store } from './ports.ts';

export function hardWordContract(getStore: () => Store): void {
  const { newPerson } = storeFixtures(getStore);
  const newWorkspace = async (): Promise<string> => {
    const id = uniqueId('ws');
    await getStore().workspaces.createWorkspace({ id, name: 'Board', createdAt: at(0) });
    return id;
  };
  const word = (
    workspaceId: string,
    text: string,
    addedBy: string | null = null,
  ): HardWordRecord => ({
    id: uniqueId('hw'),
    workspaceId,
    word: text,
    explanation: `what ${text} means`,
    addedBy,
    createdAt: at(1),
    updatedAt: at(1),
  });

  it('keeps a workspace’s hard words in alphabetical order, apart from other workspaces', async () => {
    const store = getStore().hardWords;
    const [board, forum] = [await newWorkspace(), await newWorkspace()];
    const sam = await newPerson('Sam');
    const advocate = word(board, 'advocate', sam);
    const carePlan = word(board, 'Care plan');
    const other = word(forum, 'assessment');
    for (const w of [carePlan, advocate, other])
      expect(await store.addHardWord(w, 10)).toBe('added');
    expect(await store.listHardWords(board)).toEqual([advocate, carePlan]);
    expect(await store.listHardWords(forum)).toEqual([other]);
    expect(await store.getHardWord(advocate.id)).toEqual(advocate);
    expect(await store.getHardWord('hw-none')).toBeUndefined();
  });

  it('keeps a word once per workspace, whatever its case and spacing', async () => {
    const store = getStore().hardWords;
    const [board, forum] = [await newWorkspace(), await newWorkspace()];
    expect(await store.addHardWord(word(board, 'care plan'), 10)).toBe('added');
    expect(await store.addHardWord(word(board, '  Care   PLAN '), 10)).toBe('duplicate');
    expect(await store.addHardWord(word(forum, 'Care Plan'), 10)).toBe('added');
    expect((await store.listHardWords(board)).map((w) => w.word)).toEqual(['care plan']);
  });

  it('refuses a word past the workspace’s limit, also when people add at once', async () => {
    const store = getStore().hardWords;
    const board = await newWorkspace();
    const results = await Promise.all(
      ['one', 'two', 'three', 'four', 'five'].map((text) =>
        store.addHardWord(word(board, text), 3),
      ),
    );
    expect(results.filter((r) => r === 'added')).toHaveLength(3);
    expect(results.filter((r) => r === 'full')).toHaveLength(2);
    expect(await store.listHardWords(board)).toHaveLength(3);
  });

  it('changes a word or its explanation, refusing another word of the same workspace', async () => {
    const store = getStore().hardWords;
    const board = await newWorkspace();
    const advocate = word(board, 'advocate');
    const care = word(board, 'care');
    await store.addHardWord(advocate, 10);
    await store.addHardWord(care, 10);
    expect(
      await store.changeHardWord(advocate.id, {
        explanation: 'someone who speaks up for you',
        updatedAt: at(5),
      }),
    ).toEqual({ ...advocate, explanation: 'someone who speaks up for you', updatedAt: at(5) });
    expect(await store.changeHardWord(advocate.id, { word: 'CARE', updatedAt: at(6) })).toBe(
      'duplicate',
    );
    const renamed = await store.changeHardWord(advocate.id, {
      word: 'Advocates',
      updatedAt: at(7),
    });
    expect(renamed).toMatchObject({
      word: 'Advocates',
      explanation: 'someone who speaks up for you',
    });
    // A change of case to the same word is not a clash with itself.
    expect(await store.changeHardWord(care.id, { word: 'Care', updatedAt: at(8) })).toMatchObject({
      word: 'Care',
    });
    expect(await store.changeHardWord('hw-none', { word: 'x', updatedAt: at(9) })).toBeUndefined();
  });

  it('removes a word, which frees it to be added again', async () => {
    const store = getStore().hardWords;
    const board = await newWorkspace();
    const advocate = word(board, 'advocate');
    await store.addHardWord(advocate, 1);
    expect(await store.removeHardWord(advocate.id)).toBe(true);
    expect(await store.removeHardWord(advocate.id)).toBe(false);
    expect(await store.addHardWord(word(board, 'Advocate'), 1)).toBe('added');
  });

  it('forgets who added a word when their account is erased, and keeps the word', async () => {
    const store = getStore();
    const board = await newWorkspace();
    const sam = await newPerson('Sam');
    const advocate = word(board, 'advocate', sam);
    await store.hardWords.addHardWord(advocate, 10);
    await store.identity.eraseUser(sam);
    expect(await store.hardWords.getHardWord(advocate.id)).toEqual({ ...advocate, addedBy: null });
  });
}
