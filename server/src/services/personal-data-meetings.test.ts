// What one meeting shows in a copy of someone's data, by who the copy is for: access needs only
// where the copy may show them, and nothing of an anonymous vote (not even when) in a copy
// someone else made.
import { describe, expect, it } from 'vitest';
import { newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import { meetingAbout } from './personal-data-meetings.ts';

function meetingWithMo(): MeetingState {
  const meeting = newMeeting({
    id: 'm1',
    workspaceId: 'w1',
    title: 'Board',
    startsAt: '2026-12-01T10:00:00Z',
    place: 'Town hall',
    documentIds: [],
    agenda: [],
  });
  return {
    ...meeting,
    rsvps: { mo: { answer: 'yes', needs: ['wheelchair space'], notes: 'I come by bus' } },
    polls: [
      {
        id: 'p1',
        question: 'Ready?',
        kind: 'agree',
        options: [
          { id: 'agree', label: 'Agree', meaning: '', prompt: null, reasonRequired: false },
        ],
        anonymous: true,
        results: 'live',
        agendaItemId: null,
        versionId: null,
        locksDraft: false,
        openedAt: 1_796_000_000_000,
        votes: { mo: { optionId: 'agree', reason: 'yes', votedAt: 1_796_000_000_500 } },
        state: 'open',
      },
    ],
  };
}

const reader = (ownCopy: boolean, seesAccessNeeds: boolean) => ({
  personId: 'mo',
  name: 'Mo',
  ownCopy,
  seesAccessNeeds,
  workspaceName: 'Board',
});

describe('a meeting in a copy of someone’s data', () => {
  it('shows their access needs and how and when they voted in their own copy', () => {
    const shown = meetingAbout(meetingWithMo(), reader(true, true));
    expect(shown?.rsvp).toEqual({
      answer: 'yes',
      needs: ['wheelchair space'],
      notes: 'I come by bus',
    });
    expect(shown?.votes[0]).toMatchObject({ answer: 'Agree', votedAt: expect.any(String) });
  });

  it('leaves out access needs, and an anonymous vote’s answer and time, in another’s copy', () => {
    const shown = meetingAbout(meetingWithMo(), reader(false, false));
    expect(shown?.rsvp).toEqual({ answer: 'yes', needs: [], notes: '' });
    expect(shown?.votes[0]).toMatchObject({ answer: null, reason: null, votedAt: null });
  });
});
