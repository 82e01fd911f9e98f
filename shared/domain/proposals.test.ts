import { describe, expect, it } from 'vitest';
import {
  MAX_PROPOSAL_DAYS,
  ProposalRuleBroken,
  checkClosingDate,
  decide,
  isDue,
  makeResponse,
  type Proposal,
} from './proposals.ts';

const now = new Date('2026-11-10T09:00:00.000Z');
const proposal = (responses: Proposal['responses'] = []): Proposal => ({
  id: 'p',
  documentId: 'd',
  versionId: 'v',
  proposedBy: 'f',
  createdAt: '2026-11-09T09:00:00.000Z',
  closesAt: '2026-11-12T17:00:00.000Z',
  state: 'open',
  responses,
  decidedAt: null,
  withdrawnBy: null,
  outcome: null,
});
const said = (kind: Proposal['responses'][number]['kind'], userId: string = kind) => ({
  userId,
  kind,
  reason: 'because',
  respondedAt: now.toISOString(),
});

describe('proposing a version between meetings', () => {
  it('needs a closing date in the future and at most 90 days away', () => {
    expect(checkClosingDate('2026-11-12T17:00:00+01:00', now)).toBe('2026-11-12T16:00:00.000Z');
    expect(() => checkClosingDate('2026-11-10T09:00:00Z', now)).toThrow(/in the future/);
    const tooLate = new Date(now.getTime() + (MAX_PROPOSAL_DAYS + 1) * 86_400_000);
    expect(() => checkClosingDate(tooLate.toISOString(), now)).toThrow(/at most 90 days/);
    expect(() => checkClosingDate('soon', now)).toThrow(ProposalRuleBroken);
  });

  it('takes the agreement poll’s answers, asking a reason for concerns and disagreement', () => {
    expect(makeResponse(proposal(), { userId: 'sam', kind: 'agree', reason: '' }, now)).toEqual({
      userId: 'sam',
      kind: 'agree',
      reason: '',
      respondedAt: now.toISOString(),
    });
    expect(() =>
      makeResponse(proposal(), { userId: 'sam', kind: 'concerns', reason: '  ' }, now),
    ).toThrow('Please give a reason for "Agree, with concerns".');
    expect(() =>
      makeResponse(proposal(), { userId: 'sam', kind: 'disagree', reason: '' }, now),
    ).toThrow(/reason/);
    expect(
      makeResponse(proposal(), { userId: 'sam', kind: 'disagree', reason: ' Buses ' }, now).reason,
    ).toBe('Buses');
  });

  it('refuses responses from the closing time on, when it becomes due', () => {
    const closing = new Date('2026-11-12T17:00:00.000Z');
    expect(isDue(proposal(), now)).toBe(false);
    expect(isDue(proposal(), closing)).toBe(true);
    expect(() =>
      makeResponse(proposal(), { userId: 'sam', kind: 'agree', reason: '' }, closing),
    ).toThrow(/closed/);
  });

  it('is decided by the default rule: nobody disagrees or asks for more time', () => {
    const rule = { kind: 'no-one-disagrees' } as const;
    expect(decide(proposal([said('agree'), said('concerns')]), rule, now)).toMatchObject({
      state: 'agreed',
      decidedAt: now.toISOString(),
      outcome: {
        agreed: true,
        because: 'Nobody disagreed (2 responded).',
        counts: { agree: 1, concerns: 1, disagree: 0, 'more-time': 0 },
        rule,
      },
    });
    expect(decide(proposal([said('agree'), said('more-time')]), rule, now)).toMatchObject({
      state: 'not-agreed',
      outcome: { because: '1 of 2 asked for more time.' },
    });
    expect(decide(proposal(), rule, now)).toMatchObject({
      state: 'not-agreed',
      outcome: { because: 'Nobody responded.' },
    });
  });

  it('is decided by a chosen share of those responding', () => {
    const rule = { kind: 'share', percent: 75 } as const;
    const three = [said('agree', 'a'), said('concerns', 'b'), said('agree', 'c')];
    expect(decide(proposal([...three, said('disagree')]), rule, now).state).toBe('agreed');
    expect(decide(proposal([said('agree'), said('disagree')]), rule, now)).toMatchObject({
      state: 'not-agreed',
      outcome: { because: '50% of those who responded agreed; the rule needs 75%.' },
    });
  });
});
