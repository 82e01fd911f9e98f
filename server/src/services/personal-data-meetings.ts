// What one meeting holds about a person, for a copy of their data: their RSVP and access needs,
// when they were there, their votes (how they voted in an anonymous poll only in their own
// copy), the decisions they wrote down, and actions that name them. Pure.
import type { MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { DataMeeting } from '../export/personal-data/types.ts';

export interface MeetingReader {
  personId: string;
  /** Actions name people in free text: these are the names that count as theirs. */
  name: string;
  /** Whether the copy is the person's own (anonymous votes show only there). */
  ownCopy: boolean;
  /** Whether the copy shows access needs (their own copy, or made by a facilitator there). */
  seesAccessNeeds: boolean;
  workspaceName: string;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The meeting as it concerns the person, or null when it holds nothing about them. */
export function meetingAbout(state: MeetingState, reader: MeetingReader): DataMeeting | null {
  const { personId } = reader;
  const rsvp = state.rsvps[personId];
  const attended = state.attendance[personId];
  const votes = state.polls.flatMap((poll) => {
    const vote = poll.votes[personId];
    if (!vote) return [];
    const shown = reader.ownCopy || !poll.anonymous;
    const option = poll.options.find((o) => o.id === vote.optionId);
    return [
      {
        question: poll.question,
        answer: shown ? (option?.label ?? vote.optionId) : null,
        reason: shown ? vote.reason : null,
        // When, to the millisecond, would tell a live tally's watcher how they voted.
        votedAt: shown ? iso(vote.votedAt) : null,
        anonymous: poll.anonymous,
      },
    ];
  });
  const decisionsRecorded = state.decisions
    .filter((decision) => decision.recordedBy === personId)
    .map((decision) => ({ text: decision.text, recordedAt: iso(decision.recordedAt) }));
  const name = reader.name.trim().toLowerCase();
  const actionsNamingYou = state.actions
    .filter((action) => name !== '' && action.who.toLowerCase().includes(name))
    .map(({ what, who, due, status }) => ({ what, who, due, status }));
  const hand = state.hands.queue.some((entry) => entry.userId === personId);
  const involved =
    rsvp !== undefined ||
    attended !== undefined ||
    votes.length > 0 ||
    decisionsRecorded.length > 0 ||
    actionsNamingYou.length > 0 ||
    hand ||
    state.hands.speaking === personId ||
    state.cards[personId] !== undefined;
  if (!involved) return null;
  return {
    meetingId: state.id,
    workspaceName: reader.workspaceName,
    title: state.title,
    startsAt: state.startsAt,
    place: state.place,
    rsvp: rsvp
      ? reader.seesAccessNeeds
        ? { answer: rsvp.answer, needs: [...rsvp.needs], notes: rsvp.notes }
        : { answer: rsvp.answer, needs: [], notes: '' }
      : null,
    attendedFrom: attended ? iso(attended.firstSeen) : null,
    votes,
    decisionsRecorded,
    actionsNamingYou,
  };
}
