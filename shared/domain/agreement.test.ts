import { describe, expect, it } from 'vitest';
import { decideAgreement } from './agreement.ts';
import { readyMadeOptions, type Poll } from './meeting/polls.ts';

const poll = (votes: string[]): Poll => ({
  id: 'p',
  question: 'Agree the draft?',
  kind: 'agreement',
  options: readyMadeOptions.agreement,
  anonymous: false,
  results: 'on-close',
  agendaItemId: null,
  versionId: 'v',
  locksDraft: false,
  openedAt: 0,
  votes: Object.fromEntries(
    votes.map((optionId, i) => [`p${i}`, { optionId, reason: 'r', votedAt: 0 }]),
  ),
  state: 'closed',
  closedAt: 1,
});

describe('the agreement rule', () => {
  it('by default agrees when nobody disagrees or asks for more time', () => {
    const rule = { kind: 'no-one-disagrees' } as const;
    expect(decideAgreement(poll(['agree', 'agree', 'concerns']), rule)).toMatchObject({
      agreed: true,
    });
    expect(decideAgreement(poll(['agree', 'disagree']), rule)).toMatchObject({
      agreed: false,
      because: '1 of 2 disagreed.',
    });
    expect(decideAgreement(poll(['agree', 'more-time']), rule)).toMatchObject({
      agreed: false,
      because: '1 of 2 asked for more time.',
    });
    expect(decideAgreement(poll([]), rule)).toMatchObject({
      agreed: false,
      because: 'Nobody responded.',
    });
  });

  it('can instead need a chosen share of those voting', () => {
    const rule = { kind: 'share', percent: 75 } as const;
    expect(decideAgreement(poll(['agree', 'agree', 'concerns', 'disagree']), rule)).toMatchObject({
      agreed: true,
    });
    expect(decideAgreement(poll(['agree', 'disagree', 'more-time', 'agree']), rule)).toMatchObject({
      agreed: false,
      because: '50% of those who responded agreed; the rule needs 75%.',
    });
  });
});
