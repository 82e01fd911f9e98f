// What the live region says when the meeting changes: a burst of joins is one sentence, and
// a person hears when it is their turn.
import { describe, expect, it } from 'vitest';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { meetingChanges } from './useMeetingAnnouncements.ts';

const person = (userId: string, name: string) => ({
  userId,
  name,
  colour: '#000000',
  role: 'member' as const,
});

function view(change: Partial<MeetingView>): MeetingView {
  return {
    roster: [person('me', 'Ada')],
    status: { phase: 'live', startedAt: 1 },
    agenda: [],
    currentItemId: null,
    polls: [],
    hands: { queue: [], speaking: null },
    follow: null,
    attendance: {},
    ...change,
  } as MeetingView;
}

describe('meetingChanges', () => {
  it('groups joins and leaves into one sentence each', () => {
    const before = view({ roster: [person('me', 'Ada'), person('k', 'Kim')] });
    const after = view({
      roster: [person('me', 'Ada'), person('s', 'Sam'), person('j', 'Jo')],
    });
    expect(meetingChanges(before, after, 'me')).toEqual(['Sam and Jo joined.', 'Kim left.']);
  });

  it('tells a person it is their turn, once', () => {
    const before = view({ hands: { queue: [{ userId: 'me', raisedAt: 1 }], speaking: null } });
    const after = view({ hands: { queue: [], speaking: 'me' } });
    expect(meetingChanges(before, after, 'me')).toEqual(['It’s your turn to speak.']);
    expect(meetingChanges(after, after, 'me')).toEqual([]);
  });
});
