import { describe, expect, it } from 'vitest';
import { checkedStamp, dayInWords, groupName } from './stamp.ts';

const answer = (userId: string, page: number, day: number) => ({
  userId,
  page,
  answeredAt: new Date(Date.UTC(2031, 2, day, 10)).toISOString(),
});

describe('the "Checked by" line', () => {
  it('counts the members who answered every page, dated by the last of their answers', () => {
    const stamp = checkedStamp({
      pageCount: 2,
      workspaceName: 'Learning Disability Partnership Board',
      answers: [
        answer('sam', 1, 2),
        answer('sam', 2, 3),
        answer('ben', 2, 1),
        answer('ben', 1, 4),
        // Only one page: not counted, and their later answer does not date the line.
        answer('ama', 1, 9),
      ],
      checkers: new Set(['sam', 'ben', 'ama']),
    });
    expect(stamp).toBe(
      'Checked by 2 members of the Learning Disability Partnership Board on 4 March 2031',
    );
  });

  it('says "1 member", and nothing at all while nobody has answered every page', () => {
    const one = checkedStamp({
      pageCount: 1,
      workspaceName: 'Carers Forum',
      answers: [answer('sam', 1, 4)],
      checkers: new Set(['sam']),
    });
    expect(one).toBe('Checked by 1 member of the Carers Forum on 4 March 2031');
    expect(
      checkedStamp({
        pageCount: 2,
        workspaceName: 'Board',
        answers: [answer('sam', 1, 4)],
        checkers: new Set(['sam']),
      }),
    ).toBeNull();
    expect(
      checkedStamp({ pageCount: 0, workspaceName: 'Board', answers: [], checkers: new Set() }),
    ).toBeNull();
  });

  it('counts only people who belong to the group now: someone removed since does not vouch', () => {
    const answers = [answer('sam', 1, 2), answer('gone', 1, 8), answer('admin', 1, 9)];
    expect(
      checkedStamp({ pageCount: 1, workspaceName: 'Board', answers, checkers: new Set(['sam']) }),
    ).toBe('Checked by 1 member of the Board on 2 March 2031');
    expect(
      checkedStamp({ pageCount: 1, workspaceName: 'Board', answers, checkers: new Set() }),
    ).toBeNull();
  });

  it('ignores answers to pages the check does not have', () => {
    expect(
      checkedStamp({
        pageCount: 1,
        workspaceName: 'Board',
        answers: [answer('sam', 2, 4), answer('sam', 0, 4)],
        checkers: new Set(['sam']),
      }),
    ).toBeNull();
  });

  it('writes the date as people in the UK do, in UK time', () => {
    expect(dayInWords('2031-03-04T10:00:00.000Z')).toBe('4 March 2031');
    // Half past eleven at night on 30 June in UTC is already 1 July in London (summer time).
    expect(dayInWords('2031-06-30T23:30:00.000Z')).toBe('1 July 2031');
  });

  it('puts "the" before the group’s name unless it has one', () => {
    expect(groupName('Carers Forum')).toBe('the Carers Forum');
    expect(groupName('The Parliament')).toBe('The Parliament');
  });
});
