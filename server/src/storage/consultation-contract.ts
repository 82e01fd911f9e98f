// Contract cases for public consultations and their comments, run inside storeContract for
// every store: publishing once per version, comments and their moderation, closing, outcomes,
// erasing a commenter's personal data and removing contact details after closing.
import { expect, it } from 'vitest';
import { at, storeFixtures, uniqueId } from './contract-fixtures.ts';
import type { ConsultationCommentRecord, ConsultationRecord } from './consultation-ports.ts';
import type { Store } from './ports.ts';

export function consultationContract(getStore: () => Store): void {
  const { newDocument, newPerson } = storeFixtures(getStore);
  const newConsultation = async (closesAt = at(50)): Promise<ConsultationRecord> => {
    const documentId = await newDocument();
    const document = await getStore().documents.getDocument(documentId);
    const record: ConsultationRecord = {
      id: uniqueId('con'),
      workspaceId: document?.workspaceId ?? '',
      documentId,
      versionId: uniqueId('ver'),
      title: 'Strategy',
      introduction: 'Tell us what you think.',
      blocks: [
        { kind: 'heading', level: 1, text: 'Our plan' },
        { kind: 'paragraph', text: 'We will meet every month.' },
      ],
      easyRead: [{ title: 'Our plan', texts: ['We meet once a month.'] }],
      closesAt,
      closedAt: null,
      createdBy: null,
      createdAt: at(1),
      contactsRemovedAt: null,
    };
    expect(await getStore().consultations.createConsultation(record)).toBe(true);
    return record;
  };
  const comment = (consultationId: string, minute = 2): ConsultationCommentRecord => ({
    id: uniqueId('cc'),
    consultationId,
    paragraph: 1,
    body: 'Please meet in the evening.',
    name: 'Ann',
    contact: 'ann@example.org',
    state: 'pending',
    rejectReason: null,
    moderatedBy: null,
    moderatedAt: null,
    outcome: null,
    outcomeReason: null,
    outcomeBy: null,
    erasedAt: null,
    createdAt: at(minute),
  });

  it('keeps a consultation with the words it asks about, once per version', async () => {
    const store = getStore().consultations;
    const record = await newConsultation();
    expect(await store.getConsultation(record.id)).toEqual(record);
    expect(await store.listConsultations(record.workspaceId)).toEqual([record]);
    expect(await store.createConsultation({ ...record, id: uniqueId('con') })).toBe(false);
    expect(await store.getConsultation('con-none')).toBeUndefined();
  });

  it('keeps a version that was published for public comment', async () => {
    const record = await newConsultation();
    const version = (id: string) => ({
      id,
      documentId: record.documentId,
      name: 'Draft for comment',
      kind: 'named' as const,
      createdBy: null,
      createdAt: at(1),
      agreement: null,
    });
    const published = { ...record, id: uniqueId('con'), versionId: uniqueId('ver') };
    await getStore().versions.createVersion(version(published.versionId), new Uint8Array([1]));
    expect(await getStore().consultations.createConsultation(published)).toBe(true);
    expect(await getStore().versions.deleteVersion(published.versionId)).toBe(false);
    expect(await getStore().versions.getVersion(published.versionId)).toBeDefined();
    const other = uniqueId('ver');
    await getStore().versions.createVersion(version(other), new Uint8Array([2]));
    expect(await getStore().versions.deleteVersion(other)).toBe(true);
  });

  it('closes a consultation early once, and not after its closing date', async () => {
    const store = getStore().consultations;
    const record = await newConsultation(at(30));
    expect(await store.closeConsultation(record.id, at(40))).toBe(false);
    const other = await newConsultation(at(30));
    expect(await store.closeConsultation(other.id, at(10))).toBe(true);
    expect(await store.closeConsultation(other.id, at(11))).toBe(false);
    expect((await store.getConsultation(other.id))?.closedAt).toBe(at(10));
  });

  it('keeps comments in order, moderated and marked with what they led to', async () => {
    const store = getStore().consultations;
    const { id } = await newConsultation();
    const facilitator = await newPerson('Fran');
    const [first, second] = [comment(id, 2), comment(id, 3)];
    expect(await store.addComment(second, 10)).toBe(true);
    expect(await store.addComment(first, 10)).toBe(true);
    expect((await store.listComments(id)).map((c) => c.id)).toEqual([first.id, second.id]);
    const approved = await store.moderateComment(first.id, {
      state: 'approved',
      rejectReason: null,
      by: facilitator,
      at: at(4),
    });
    expect(approved).toMatchObject({ state: 'approved', moderatedBy: facilitator });
    const rejected = await store.moderateComment(second.id, {
      state: 'rejected',
      rejectReason: 'Rude',
      by: facilitator,
      at: at(4),
    });
    expect(rejected).toMatchObject({ state: 'rejected', rejectReason: 'Rude' });
    const marked = await store.markOutcome(first.id, {
      outcome: 'not-taken',
      reason: 'No room in the evening',
      by: facilitator,
    });
    expect(marked).toMatchObject({ outcome: 'not-taken', outcomeReason: 'No room in the evening' });
    expect(await store.getComment(first.id)).toEqual(marked);
    expect(
      await store.moderateComment('cc-none', { ...marked!, by: facilitator, at: at(5) }),
    ).toBeUndefined();
  });

  it('refuses a comment past the consultation’s limit, also when people send at once', async () => {
    const store = getStore().consultations;
    const { id } = await newConsultation();
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((minute) => store.addComment(comment(id, minute), 3)),
    );
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(await store.listComments(id)).toHaveLength(3);
  });

  it('erases a commenter’s name and contact, keeping or replacing the words', async () => {
    const store = getStore().consultations;
    const { id } = await newConsultation();
    const [kept, removed] = [comment(id), comment(id)];
    await store.addComment(kept, 10);
    await store.addComment(removed, 10);
    expect(await store.eraseComment(kept.id, { at: at(5) })).toMatchObject({
      name: null,
      contact: null,
      body: kept.body,
      erasedAt: at(5),
    });
    expect(await store.eraseComment(removed.id, { at: at(5), words: 'Removed.' })).toMatchObject({
      name: null,
      contact: null,
      body: 'Removed.',
    });
  });

  it('removes contact details once a consultation has been closed past the cutoff', async () => {
    const store = getStore().consultations;
    const ended = await newConsultation(at(10));
    const closedEarly = await newConsultation(at(50));
    await store.closeConsultation(closedEarly.id, at(5));
    const open = await newConsultation(at(50));
    for (const c of [ended, closedEarly, open]) await store.addComment(comment(c.id), 10);
    expect(await store.removeContactsClosedBefore(at(20), at(21))).toBe(2);
    expect(await store.removeContactsClosedBefore(at(20), at(22))).toBe(0);
    const contacts = async (consultationId: string) =>
      (await store.listComments(consultationId)).map((c) => [c.name, c.contact]);
    expect(await contacts(ended.id)).toEqual([['Ann', null]]);
    expect(await contacts(closedEarly.id)).toEqual([['Ann', null]]);
    expect(await contacts(open.id)).toEqual([['Ann', 'ann@example.org']]);
    expect((await store.getConsultation(ended.id))?.contactsRemovedAt).toBe(at(21));
  });

  it('keeps questions on paragraphs and their answers, up to a limit', async () => {
    const store = getStore().consultationQuestions;
    const { id } = await newConsultation();
    const question = {
      id: uniqueId('q'),
      consultationId: id,
      paragraph: 1,
      prompt: 'Do you agree?',
      kind: 'agree' as const,
      choices: [
        { key: 'agree', label: 'I agree' },
        { key: 'disagree', label: 'I disagree' },
      ],
      createdAt: at(2),
    };
    await store.addQuestion(question);
    expect(await store.getQuestion(question.id)).toEqual(question);
    expect(await store.listQuestions(id)).toEqual([question]);
    const answer = (minute: number, answered: string) => ({
      id: uniqueId('a'),
      questionId: question.id,
      answer: answered,
      reason: answered === 'disagree' ? 'Too dear' : null,
      createdAt: at(minute),
    });
    const results = await Promise.all([
      store.addAnswer(answer(3, 'agree'), 2),
      store.addAnswer(answer(4, 'disagree'), 2),
      store.addAnswer(answer(5, 'agree'), 2),
    ]);
    expect(results.filter(Boolean)).toHaveLength(2);
    expect(await store.listAnswers(id)).toHaveLength(2);
    expect(await store.listAnswers('con-none')).toEqual([]);
  });
}
