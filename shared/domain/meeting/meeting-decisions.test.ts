// The meeting rules for deciding together: agreement polls on a version (with the draft lock)
// and quick polls on a suggestion.
import { describe, expect, it } from 'vitest';
import { applyCommand, lockedDocuments, type MeetingCommand } from './meeting.ts';
import { run, scheduled } from './meeting-fixtures.ts';

const agreeVersion = (versionId: string, locksDraft = true): MeetingCommand => ({
  type: 'poll:open',
  question: 'Agree?',
  kind: 'agreement',
  options: [],
  anonymous: false,
  results: 'on-close',
  versionId,
  locksDraft,
});

describe('agreeing a version', () => {
  it('needs a version, and can lock the draft while it is open', () => {
    const live = run(scheduled(), [['fac', { type: 'meeting:start' }]]);
    expect(() =>
      run(live, [
        [
          'fac',
          {
            type: 'poll:open',
            question: 'Agree?',
            kind: 'agreement',
            options: [],
            anonymous: false,
            results: 'on-close',
          },
        ],
      ]),
    ).toThrow('Choose the version');
    const opened = run(live, [
      [
        'fac',
        {
          type: 'poll:open',
          question: 'Agree?',
          kind: 'agreement',
          options: [],
          anonymous: false,
          results: 'on-close',
          versionId: 'v1',
          locksDraft: true,
        },
      ],
    ]);
    expect(opened.polls[0]).toMatchObject({ versionId: 'v1', locksDraft: true, state: 'open' });
    expect(opened.polls[0]!.options.map((o) => o.id)).toEqual([
      'agree',
      'concerns',
      'disagree',
      'more-time',
    ]);
    const pollId = opened.polls[0]!.id;
    expect(() =>
      run(opened, [['sam', { type: 'poll:vote', pollId, optionId: 'disagree', reason: '' }]]),
    ).toThrow('reason');
  });
});

describe('the version an agreement poll agrees', () => {
  it('must exist and be of one of the meeting’s documents', () => {
    const live = run(scheduled(), [['fac', { type: 'meeting:start' }]]);
    expect(() => run(live, [['fac', agreeVersion('v9')]])).toThrow('There is no such version');
    // v2 is a version of d2, which this meeting does not name.
    expect(() => run(live, [['fac', agreeVersion('v2')]])).toThrow(
      /not of one of this meeting’s documents/,
    );
  });

  it('locks only the draft whose version is being agreed', () => {
    const twoDrafts = { ...scheduled(), documentIds: ['d1', 'd2'] };
    const opened = run(twoDrafts, [
      ['fac', { type: 'meeting:start' }],
      ['fac', agreeVersion('v2')],
    ]);
    expect(opened.polls[0]).toMatchObject({ versionId: 'v2', documentId: 'd2' });
    expect(lockedDocuments(opened)).toEqual(['d2']);
    const unlocked = run(twoDrafts, [
      ['fac', { type: 'meeting:start' }],
      ['fac', agreeVersion('v2', false)],
    ]);
    expect(lockedDocuments(unlocked)).toEqual([]);
  });

  it('a locking poll stored before polls named their draft locks nothing', () => {
    const opened = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      ['fac', agreeVersion('v1')],
    ]);
    const { documentId: _dropped, ...legacy } = opened.polls[0]!;
    expect(lockedDocuments({ ...opened, polls: [legacy] })).toEqual([]);
  });
});

describe('closing an agreement poll', () => {
  it('records the outcome by the workspace rule and releases the lock', () => {
    const opened = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      [
        'fac',
        {
          type: 'poll:open',
          question: 'Agree?',
          kind: 'agreement',
          options: [],
          anonymous: false,
          results: 'on-close',
          versionId: 'v1',
          locksDraft: true,
        },
      ],
    ]);
    const pollId = opened.polls[0]!.id;
    const voted = run(opened, [
      ['sam', { type: 'poll:vote', pollId, optionId: 'agree', reason: '' }],
      ['lucy', { type: 'poll:vote', pollId, optionId: 'concerns', reason: 'Bus routes' }],
    ]);
    expect(lockedDocuments(voted)).toEqual(['d1']);
    const closed = applyCommand(
      voted,
      { type: 'poll:close', pollId },
      { userId: 'fac', now: 9, newId: () => 'x', agreementRule: { kind: 'no-one-disagrees' } },
    );
    expect(closed.polls[0]).toMatchObject({ state: 'closed', outcome: { agreed: true } });
    expect(lockedDocuments(closed)).toEqual([]);
  });
});

describe('a poll on a suggestion', () => {
  const ask = (documentId: string, kind: 'agree' | 'consent' = 'agree'): MeetingCommand => ({
    type: 'poll:open',
    question: 'Sam suggests: adds ‘more support at home’. Should we make this change?',
    kind,
    options: [],
    anonymous: false,
    results: 'live',
    suggestion: { documentId, suggestionId: 's1', summary: 'adds ‘more support at home’' },
  });

  it('links the suggestion and, on closing, decides it by the counts', () => {
    const opened = run(scheduled(), [
      ['fac', { type: 'meeting:start' }],
      ['fac', ask('d1')],
    ]);
    const pollId = opened.polls[0]!.id;
    expect(opened.polls[0]?.suggestion?.suggestionId).toBe('s1');
    const closed = run(opened, [
      ['sam', { type: 'poll:vote', pollId, optionId: 'agree', reason: '' }],
      ['lucy', { type: 'poll:vote', pollId, optionId: 'not-sure', reason: '' }],
      ['fac', { type: 'poll:close', pollId }],
    ]);
    expect(closed.polls[0]).toMatchObject({
      state: 'closed',
      outcome: {
        agreed: true,
        because: 'The group accepted the suggestion (1 agree, 1 not sure, 0 disagree).',
      },
    });
  });

  it('only as agree / not sure / disagree, and only on one of the meeting’s documents', () => {
    const live = run(scheduled(), [['fac', { type: 'meeting:start' }]]);
    expect(() => run(live, [['fac', ask('d1', 'consent')]])).toThrow(/agree \/ not sure/);
    expect(() => run(live, [['fac', ask('d9')]])).toThrow(/not one of this meeting/);
  });
});
