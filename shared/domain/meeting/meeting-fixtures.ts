// A scheduled meeting and a way to run commands on it, for the meeting rule tests.
import { applyCommand, newMeeting, type MeetingCommand, type MeetingState } from './meeting.ts';

let ids = 0;
export const context = (userId: string, now: number) => ({
  userId,
  now,
  newId: () => `id-${++ids}`,
  versionDocuments: new Map([
    ['v1', 'd1'],
    ['v2', 'd2'],
  ]),
});

export function scheduled(): MeetingState {
  return newMeeting({
    id: 'm1',
    workspaceId: 'w1',
    title: 'Workshop 3',
    startsAt: '2026-12-01T10:00:00.000Z',
    place: 'County Hall, room 2',
    documentIds: ['d1'],
    agenda: [
      { id: 'a1', title: 'Welcome', minutes: 5, link: null },
      { id: 'a2', title: 'Housing', minutes: 20, link: { documentId: 'd1', heading: 'Housing' } },
    ],
  });
}

export function run(
  state: MeetingState,
  steps: Array<[string, MeetingCommand, number?]>,
): MeetingState {
  return steps.reduce(
    (s, [userId, command, now]) => applyCommand(s, command, context(userId, now ?? 0)),
    state,
  );
}
