// A meeting (the interface may say "workshop"): its state, the commands that change it, and the
// rules. Pure: the server stores the result; every client renders a view of it.
import { defaultAgreementRule, type AgreementRule } from '../agreement.ts';
import type { Action } from '../policy.ts';
import { applyAgendaCommand, findItem } from './agenda.ts';
import {
  doneSpeaking,
  emptyQueue,
  lowerHand,
  nowSpeaking,
  raiseHand,
  withoutPerson,
} from './hands.ts';
import { MeetingRuleBroken, live } from './meeting-rule.ts';
import { applyPollCommand, closeWithOutcome, findPoll } from './meeting-polls.ts';
import { MINUTE_MS, addMinute, idleTimer, pauseTimer, resetTimer, startTimer } from './timer.ts';
import type { AgendaItem, MeetingCommand, MeetingState } from './state.ts';

export * from './state.ts';
export { MeetingRuleBroken } from './meeting-rule.ts';

/** What a command needs permission for; can() answers from the person's role. */
export function permissionFor(command: MeetingCommand): Action {
  switch (command.type) {
    case 'rsvp':
      return 'meeting:attend';
    case 'hand:raise':
    case 'hand:lower':
    case 'card:show':
    case 'card:clear':
    case 'poll:vote':
      return 'meeting:take-part';
    default:
      return 'meeting:run';
  }
}

export interface CommandContext {
  userId: string;
  now: number;
  newId: () => string;
  /** The workspace's rule for agreeing a version. */
  agreementRule?: AgreementRule;
  /**
   * The draft each version named in the command is of, resolved by the server (which has
   * already checked that it is in the meeting's workspace). A version not in it does not exist.
   */
  versionDocuments?: ReadonlyMap<string, string>;
  /**
   * People waiting with a raised hand who may no longer take part (removed from the workspace,
   * or now an observer), found by the server: the turn passes over them.
   */
  departed?: ReadonlySet<string>;
}

export function newMeeting(input: {
  id: string;
  workspaceId: string;
  title: string;
  startsAt: string;
  place: string;
  documentIds: string[];
  agenda: AgendaItem[];
}): MeetingState {
  return {
    ...input,
    currentItemId: input.agenda[0]?.id ?? null,
    status: { phase: 'scheduled' },
    timer: idleTimer((input.agenda[0]?.minutes ?? 10) * MINUTE_MS),
    hands: emptyQueue,
    cards: {},
    polls: [],
    decisions: [],
    actions: [],
    rsvps: {},
    attendance: {},
    follow: null,
  };
}

/** Applies a command by a person; throws MeetingRuleBroken when the rules refuse it. */
export function applyCommand(
  state: MeetingState,
  command: MeetingCommand,
  {
    userId,
    now,
    newId,
    agreementRule = defaultAgreementRule,
    versionDocuments = new Map<string, string>(),
    departed = new Set<string>(),
  }: CommandContext,
): MeetingState {
  switch (command.type) {
    case 'meeting:start':
      if (state.status.phase === 'live') return state;
      if (state.status.phase === 'ended') throw new MeetingRuleBroken('This meeting has ended.');
      return { ...state, status: { phase: 'live', startedAt: now } };
    case 'meeting:end': {
      live(state);
      const startedAt = state.status.phase === 'live' ? state.status.startedAt : now;
      return {
        ...state,
        status: { phase: 'ended', startedAt, endedAt: now },
        timer: pauseTimer(state.timer, now),
        hands: emptyQueue,
        cards: {},
        follow: null,
        polls: state.polls.map((poll) => closeWithOutcome(poll, now, agreementRule)),
      };
    }
    case 'agenda:add':
    case 'agenda:edit':
    case 'agenda:move':
    case 'agenda:remove':
    case 'agenda:go':
    case 'agenda:next':
    case 'agenda:previous':
      return applyAgendaCommand(state, command, newId);
    case 'timer:start':
      live(state);
      return { ...state, timer: startTimer(state.timer, now) };
    case 'timer:pause':
      return { ...state, timer: pauseTimer(state.timer, now) };
    case 'timer:add-minute':
      return { ...state, timer: addMinute(state.timer, now) };
    case 'timer:reset':
      return { ...state, timer: resetTimer(state.timer) };
    case 'hand:raise':
      live(state);
      return { ...state, hands: raiseHand(state.hands, userId, now) };
    case 'hand:lower':
      return { ...state, hands: lowerHand(state.hands, userId) };
    case 'hand:speak': {
      live(state);
      let hands = state.hands;
      for (const userId of departed) hands = withoutPerson(hands, userId);
      return { ...state, hands: nowSpeaking(hands, command.userId) };
    }
    case 'hand:done':
      return { ...state, hands: doneSpeaking(state.hands) };
    case 'card:show':
      live(state);
      return {
        ...state,
        cards: { ...state.cards, [userId]: { kind: command.kind, shownAt: now } },
      };
    case 'card:clear': {
      const { [userId]: _cleared, ...cards } = state.cards;
      return { ...state, cards };
    }
    case 'poll:open':
    case 'poll:vote':
    case 'poll:close':
      return applyPollCommand(state, command, {
        userId,
        now,
        newId,
        agreementRule,
        versionDocuments,
      });
    case 'follow:invite':
      live(state);
      if (!state.documentIds.includes(command.documentId)) {
        throw new MeetingRuleBroken('That document is not one of this meeting’s documents.');
      }
      return {
        ...state,
        follow: { documentId: command.documentId, heading: command.heading, by: userId, at: now },
      };
    case 'decision:record':
      if (command.pollId !== null) findPoll(state, command.pollId);
      if (command.agendaItemId !== null) findItem(state, command.agendaItemId);
      return {
        ...state,
        decisions: [
          ...state.decisions,
          {
            id: newId(),
            text: command.text,
            pollId: command.pollId,
            agendaItemId: command.agendaItemId,
            recordedAt: now,
            recordedBy: userId,
          },
        ],
      };
    case 'action:record':
      return {
        ...state,
        actions: [
          ...state.actions,
          {
            id: newId(),
            what: command.what,
            who: command.who,
            due: command.due,
            status: 'open',
            createdAt: now,
          },
        ],
      };
    case 'action:update': {
      if (!state.actions.some((a) => a.id === command.actionId)) {
        throw new MeetingRuleBroken('There is no such action.');
      }
      return {
        ...state,
        actions: state.actions.map((a) =>
          a.id === command.actionId ? { ...a, status: command.status } : a,
        ),
      };
    }
    case 'rsvp':
      return {
        ...state,
        rsvps: {
          ...state.rsvps,
          [userId]: { answer: command.answer, needs: command.needs, notes: command.notes },
        },
      };
    default: {
      const unreachable: never = command;
      throw new MeetingRuleBroken(`Unknown command ${String(unreachable)}`);
    }
  }
}

/**
 * The drafts locked while the meeting is live: only the draft whose version an open agreement
 * poll is agreeing (and that asked for the lock), never the meeting's other documents. A lock
 * refuses every change, so a poll stored before polls named their draft locks nothing.
 */
export function lockedDocuments(state: MeetingState): string[] {
  if (state.status.phase !== 'live') return [];
  const locked = new Set<string>();
  for (const poll of state.polls) {
    if (poll.state === 'open' && poll.locksDraft && poll.documentId) locked.add(poll.documentId);
  }
  return [...locked];
}

/**
 * A person may no longer take part (removed from the workspace, or now an observer): their hand
 * is lowered, the floor is theirs no more, and their card is cleared. Votes they cast while they
 * could stay counted. Unchanged (the same object) when they had none of these.
 */
export function withoutParticipant(state: MeetingState, userId: string): MeetingState {
  const hands = withoutPerson(state.hands, userId);
  if (hands === state.hands && !(userId in state.cards)) return state;
  const { [userId]: _cleared, ...cards } = state.cards;
  return { ...state, hands, cards };
}

/** Records that a person is in the meeting while it is live. */
export function markAttendance(
  state: MeetingState,
  userId: string,
  name: string,
  now: number,
): MeetingState {
  if (state.status.phase !== 'live' || state.attendance[userId]) return state;
  return { ...state, attendance: { ...state.attendance, [userId]: { name, firstSeen: now } } };
}
