// Contract cases for decisions on suggestions, run inside storeContract for every store.
import { expect, it } from 'vitest';
import { initialDocumentState } from '../documents/snapshot.ts';
import type { Store } from './ports.ts';
import type { SuggestionDecisionRecord } from './suggestion-ports.ts';

export function suggestionContract(getStore: () => Store): void {
  const newDocument = async (prefix: string): Promise<string> => {
    const store = getStore();
    const workspaceId = `ws-${prefix}`;
    const createdAt = '2026-11-01T09:00:00.000Z';
    await store.workspaces.createWorkspace({ id: workspaceId, name: 'Board', createdAt });
    const documentId = `doc-${prefix}`;
    await store.documents.createDocument({
      record: { id: documentId, workspaceId, title: 'Strategy', createdAt, updatedAt: createdAt },
      initialState: initialDocumentState(),
    });
    return documentId;
  };
  const decision = (
    documentId: string,
    id: string,
    minute: number,
    how: SuggestionDecisionRecord['how'],
  ): SuggestionDecisionRecord => ({
    id,
    documentId,
    suggestionId: `s-${id}`,
    outcome: 'accepted',
    summary: 'adds ‘more support at home’',
    suggestedBy: 'u-sam',
    suggestedAt: '2026-11-02T09:00:00.000Z',
    how,
    decidedAt: new Date(Date.UTC(2026, 10, 2, 10, minute)).toISOString(),
  });

  it('keeps decisions on suggestions with how they were decided, newest first', async () => {
    const documentId = await newDocument('sd-list');
    const direct = decision(documentId, 'd1', 1, { kind: 'direct', by: 'u-ali' });
    const byPoll = {
      ...decision(documentId, 'd2', 2, {
        kind: 'poll',
        meetingId: 'm1',
        pollId: 'p1',
        counts: { agree: 5, notSure: 1, disagree: 2 },
      }),
      outcome: 'rejected' as const,
      suggestedAt: null,
    };
    expect(await getStore().suggestions.recordDecision(direct)).toBe(true);
    expect(await getStore().suggestions.recordDecision(byPoll)).toBe(true);
    expect(await getStore().suggestions.listDecisions(documentId)).toEqual([byPoll, direct]);
    expect(await getStore().suggestions.listDecisions('doc-none')).toEqual([]);
  });

  it('marks drafts in review and out of it, listed by workspace', async () => {
    const documentId = await newDocument('sd-review');
    const store = getStore().suggestions;
    expect(await store.isInReview(documentId)).toBe(false);
    await store.setInReview(documentId, true, '2026-11-02T09:00:00.000Z');
    await store.setInReview(documentId, true, '2026-11-02T10:00:00.000Z');
    expect(await store.isInReview(documentId)).toBe(true);
    expect(await store.listInReview('ws-sd-review')).toEqual([documentId]);
    expect(await store.listInReview('ws-other')).toEqual([]);
    await store.setInReview(documentId, false, '2026-11-02T11:00:00.000Z');
    expect(await store.isInReview(documentId)).toBe(false);
    expect(await store.listInReview('ws-sd-review')).toEqual([]);
  });

  it('decides a suggestion once: a second decision on it is refused and not stored', async () => {
    const documentId = await newDocument('sd-once');
    const first = decision(documentId, 'o1', 1, { kind: 'direct', by: 'u-ali' });
    const second = { ...first, id: 'o2', outcome: 'rejected' as const };
    expect(await getStore().suggestions.recordDecision(first)).toBe(true);
    expect(await getStore().suggestions.recordDecision(second)).toBe(false);
    expect(await getStore().suggestions.listDecisions(documentId)).toEqual([first]);
  });
}
