// What one person sees of a meeting. Those who run it see cards with names and everyone's RSVP;
// only the workspace's facilitators see the access needs and notes in them; others see counts
// and their own. Poll results are hidden until close when the
// facilitator chose so, and an anonymous poll never shows who voted what, to anyone.
import type { Role } from '../policy.ts';
import type { HandQueue } from './hands.ts';
import { cardKinds, type CardKind, type MeetingState, type Rsvp } from './meeting.ts';
import { tally, type Poll, type Tally, type Vote } from './polls.ts';

export interface Viewer {
  userId: string;
  /** May run the meeting (a facilitator of the workspace, or an administrator). */
  runs: boolean;
  /** May see others' access needs and notes (can(…, 'meeting:read-access-needs')). */
  seesAccessNeeds?: boolean;
}

export interface RosterEntry {
  userId: string;
  name: string;
  colour: string;
  role: Role | 'admin';
}

export type PollView = Omit<Poll, 'votes'> & {
  voteCount: number;
  /** Null while results are hidden. */
  tally: Tally[] | null;
  /** Who chose what: only for named polls whose results are visible. */
  named: Array<{ userId: string } & Vote> | null;
  myVote: Vote | null;
};

export interface MeetingView extends Omit<MeetingState, 'cards' | 'polls' | 'rsvps' | 'hands'> {
  hands: HandQueue;
  cards: {
    counts: Record<CardKind, number>;
    named: Array<{ userId: string; kind: CardKind }> | null;
    mine: CardKind | null;
  };
  polls: PollView[];
  /**
   * Everyone's answers for those who run the meeting (their needs and notes only for
   * facilitators); only one's own for others.
   */
  rsvps: Record<string, Rsvp>;
  roster: RosterEntry[];
  /** The server's clock when this view was made, so clients can correct their own. */
  serverNow: number;
}

function pollView(poll: Poll, viewer: Viewer): PollView {
  const { votes, ...rest } = poll;
  const visible = poll.results === 'live' || poll.state === 'closed';
  return {
    ...rest,
    voteCount: Object.keys(votes).length,
    tally: visible ? tally(poll) : null,
    named:
      visible && !poll.anonymous
        ? Object.entries(votes).map(([userId, vote]) => ({ userId, ...vote }))
        : null,
    myVote: votes[viewer.userId] ?? null,
  };
}

/** Everyone's answers; without others' needs and notes unless the viewer may see them. */
function rsvpsFor(rsvps: Record<string, Rsvp>, viewer: Viewer): Record<string, Rsvp> {
  if (viewer.seesAccessNeeds === true) return rsvps;
  return Object.fromEntries(
    Object.entries(rsvps).map(([userId, rsvp]) => [
      userId,
      userId === viewer.userId ? rsvp : { answer: rsvp.answer, needs: [], notes: '' },
    ]),
  );
}

export function viewFor(
  state: MeetingState,
  viewer: Viewer,
  roster: RosterEntry[],
  now: number,
): MeetingView {
  const counts = Object.fromEntries(cardKinds.map((kind) => [kind, 0])) as Record<CardKind, number>;
  for (const card of Object.values(state.cards)) counts[card.kind] += 1;
  const mine = state.rsvps[viewer.userId];
  return {
    ...state,
    cards: {
      counts,
      named: viewer.runs
        ? Object.entries(state.cards).map(([userId, card]) => ({ userId, kind: card.kind }))
        : null,
      mine: state.cards[viewer.userId]?.kind ?? null,
    },
    polls: state.polls.map((poll) => pollView(poll, viewer)),
    rsvps: viewer.runs ? rsvpsFor(state.rsvps, viewer) : mine ? { [viewer.userId]: mine } : {},
    roster,
    serverNow: now,
  };
}

/**
 * Whether a view shows an older stored state than the one on screen: two processes' views can
 * cross on the way (one read just before a change, sent just after it).
 */
export function isOlderState(candidate: MeetingView, current: MeetingView | null): boolean {
  return (candidate.revision ?? 0) < (current?.revision ?? 0);
}
