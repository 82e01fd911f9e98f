// Contract cases for the proposal store, run inside storeContract for every store.
import { expect, it } from 'vitest';
import { decide, withdraw, type Proposal } from '@roundtable/shared/domain/proposals';
import { initialDocumentState } from '../documents/snapshot.ts';
import type { Store } from './ports.ts';

const at = (day: number, hour = 9): string => new Date(Date.UTC(2026, 10, day, hour)).toISOString();

export function proposalContract(getStore: () => Store): void {
  const documentWithVersion = async (prefix: string) => {
    const store = getStore();
    const workspaceId = `ws-${prefix}`;
    await store.workspaces.createWorkspace({ id: workspaceId, name: 'Board', createdAt: at(1) });
    const documentId = `doc-${prefix}`;
    await store.documents.createDocument({
      record: {
        id: documentId,
        workspaceId,
        title: 'Strategy',
        createdAt: at(1),
        updatedAt: at(1),
      },
      initialState: initialDocumentState(),
    });
    const versionId = `${prefix}-v`;
    await store.versions.createVersion(
      {
        id: versionId,
        documentId,
        name: 'For agreement',
        kind: 'named',
        createdBy: null,
        createdAt: at(2),
        agreement: null,
      },
      new Uint8Array([1]),
    );
    const proposal = (id: string, closesDay: number): Proposal => ({
      id,
      documentId,
      versionId,
      proposedBy: 'facilitator',
      createdAt: at(2),
      closesAt: at(closesDay),
      state: 'open',
      responses: [],
      decidedAt: null,
      withdrawnBy: null,
      outcome: null,
    });
    return { documentId, proposal };
  };
  const response = (userId: string, kind: 'agree' | 'disagree', hour: number) => ({
    userId,
    kind,
    reason: kind === 'disagree' ? 'Not yet' : '',
    respondedAt: at(3, hour),
  });

  it('keeps a proposal whole, and lets a document have only one open proposal at a time', async () => {
    const { documentId, proposal } = await documentWithVersion('p-one');
    const first = proposal('p-one-1', 9);
    expect(await getStore().proposals.createProposal(first)).toBe(true);
    expect(await getStore().proposals.createProposal(proposal('p-one-2', 10))).toBe(false);
    expect(await getStore().proposals.getProposal('p-one-1')).toEqual(first);
    expect(await getStore().proposals.getProposal('missing')).toBeUndefined();

    await getStore().proposals.settle('p-one-1', () => withdraw('facilitator', new Date(at(4))));
    expect(await getStore().proposals.createProposal(proposal('p-one-2', 10))).toBe(true);
    expect((await getStore().proposals.listProposals(documentId)).map((p) => p.id)).toEqual([
      'p-one-2',
      'p-one-1',
    ]);
  });

  it('keeps one response per person, replaced in place, and only while the proposal is open', async () => {
    const { proposal } = await documentWithVersion('p-respond');
    await getStore().proposals.createProposal(proposal('p-respond-1', 9));
    const put = (r: ReturnType<typeof response>, now = at(3, 12)) =>
      getStore().proposals.putResponse('p-respond-1', r, now);
    expect(await put(response('sam', 'disagree', 10))).toBe(true);
    expect(await put(response('lucy', 'agree', 11))).toBe(true);
    expect(await put(response('sam', 'agree', 12))).toBe(true);
    expect((await getStore().proposals.getProposal('p-respond-1'))?.responses).toEqual([
      response('sam', 'agree', 12),
      response('lucy', 'agree', 11),
    ]);
    // At or after the closing time nothing more is stored, even before anyone settles it.
    expect(await put(response('ola', 'agree', 13), at(9))).toBe(false);
    expect(
      await getStore().proposals.putResponse('missing', response('ola', 'agree', 13), at(3)),
    ).toBe(false);
  });

  it('settles an open proposal once, from the responses as stored, and lists only due open ones', async () => {
    const { proposal } = await documentWithVersion('p-settle');
    await getStore().proposals.createProposal(proposal('p-settle-1', 5));
    await getStore().proposals.putResponse('p-settle-1', response('sam', 'agree', 10), at(3, 10));
    expect(await getStore().proposals.listDue(at(4))).toEqual([]);
    expect((await getStore().proposals.listDue(at(5))).map((p) => p.id)).toEqual(['p-settle-1']);

    const rule = { kind: 'no-one-disagrees' } as const;
    const settled = await getStore().proposals.settle('p-settle-1', (stored) =>
      decide(stored, rule, new Date(at(5))),
    );
    expect(settled).toMatchObject({
      state: 'agreed',
      decidedAt: at(5),
      outcome: { agreed: true, because: 'Nobody disagreed (1 responded).', rule },
    });
    expect(await getStore().proposals.getProposal('p-settle-1')).toEqual(settled);
    expect(
      await getStore().proposals.settle('p-settle-1', () => withdraw('x', new Date(at(6)))),
    ).toBeUndefined();
    expect(await getStore().proposals.listDue(at(6))).toEqual([]);
    expect(
      await getStore().proposals.putResponse('p-settle-1', response('lucy', 'agree', 9), at(3)),
    ).toBe(false);
  });

  it('lets exactly one of two concurrent settles of a proposal win', async () => {
    const { proposal } = await documentWithVersion('p-race');
    await getStore().proposals.createProposal(proposal('p-race-1', 5));
    const results = await Promise.all([
      getStore().proposals.settle('p-race-1', () => withdraw('a', new Date(at(4)))),
      getStore().proposals.settle('p-race-1', () => withdraw('b', new Date(at(4)))),
    ]);
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
  });
}
