// Says what changed in the meeting, politely, without the person doing anything: who joined
// or left (as one sentence for a burst), the meeting starting and ending, a new agenda item, a
// poll opening or closing, your turn to speak, and a facilitator's invitation. The timer speaks
// for itself (Timer.tsx) at set points.
import { useEffect, useRef } from 'react';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { useAnnouncer } from '../../ui/index.ts';
import { joinWords, nameOf } from './useMeeting.ts';

/** The sentences for the change from one view to the next. Pure, for tests. */
export function meetingChanges(before: MeetingView, after: MeetingView, myId: string): string[] {
  const said: string[] = [];
  const was = new Set(before.roster.map((p) => p.userId));
  const is = new Set(after.roster.map((p) => p.userId));
  const joined = after.roster.filter((p) => !was.has(p.userId) && p.userId !== myId);
  const left = before.roster.filter((p) => !is.has(p.userId) && p.userId !== myId);
  if (joined.length > 0) said.push(`${joinWords(joined.map((p) => p.name))} joined.`);
  if (left.length > 0) said.push(`${joinWords(left.map((p) => p.name))} left.`);

  if (before.status.phase !== after.status.phase) {
    if (after.status.phase === 'live') said.push('The meeting has started.');
    if (after.status.phase === 'ended') said.push('The meeting has ended. Here is the summary.');
  }
  if (after.status.phase === 'live' && before.currentItemId !== after.currentItemId) {
    const item = after.agenda.find((i) => i.id === after.currentItemId);
    if (item) said.push(`Now on the agenda: ${item.title}.`);
  }
  for (const poll of after.polls) {
    const old = before.polls.find((p) => p.id === poll.id);
    if (!old) said.push(`New poll: ${poll.question}`);
    else if (old.state === 'open' && poll.state === 'closed' && after.status.phase === 'live')
      said.push(`The poll has closed: ${poll.question}`);
  }
  if (after.hands.speaking === myId && before.hands.speaking !== myId) {
    said.push('It’s your turn to speak.');
  }
  const follow = after.follow;
  if (follow && follow.at !== before.follow?.at && follow.by !== myId) {
    said.push(`${nameOf(after, follow.by)} invites you to “${follow.heading}”. Go there?`);
  }
  return said;
}

export function useMeetingAnnouncements(view: MeetingView | null, myId: string): void {
  const { announce } = useAnnouncer();
  const previous = useRef<MeetingView | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (!before || !view) return;
    const said = meetingChanges(before, view, myId);
    if (said.length > 0) announce(said.join(' '));
  }, [view, myId, announce]);
}
