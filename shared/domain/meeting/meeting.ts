// A meeting (the interface may say "workshop"): its state, the commands that change it, and the
// rules. Pure: the server stores the result; every client renders a view of it.
import { decideAgreement, defaultAgreementRule, type AgreementRule } from '../agreement.ts';
import type { Action } from '../policy.ts';
import { doneSpeaking, emptyQueue, lowerHand, nowSpeaking, raiseHand } from './hands.ts';
import { castVote, closePoll, readyMadeOptions, type Poll, type PollOption } from './polls.ts';
import { MINUTE_MS, addMinute, idleTimer, pauseTimer, resetTimer, startTimer } from './timer.ts';
import { decideSuggestionPoll } from './suggestion-polls.ts';

import type { AgendaItem, MeetingCommand, MeetingState } from './state.ts';

export * from './state.ts';

export class MeetingRuleBroken extends Error {
  override readonly name = 'MeetingRuleBroken';
}

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
}

/**
 * Closes a poll; an agreement poll gets its outcome by the workspace's rule, and a poll on a
 * suggestion by its counts.
 */
function close(poll: Poll, now: number, rule: AgreementRule): Poll {
  const closed = closePoll(poll, now);
  if (closed.state !== 'closed' || poll.state === 'closed') return closed;
  if (closed.suggestion) {
    const { decision, because } = decideSuggestionPoll(closed);
    return { ...closed, outcome: { agreed: decision === 'accepted', because } };
  }
  if (closed.kind !== 'agreement') return closed;
  const { agreed, because } = decideAgreement(closed, rule);
  return { ...closed, outcome: { agreed, because } };
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

function live(state: MeetingState): void {
  if (state.status.phase !== 'live') {
    throw new MeetingRuleBroken(
      state.status.phase === 'ended'
        ? 'This meeting has ended.'
        : 'This meeting has not started yet.',
    );
  }
}

function goTo(state: MeetingState, item: AgendaItem | undefined): MeetingState {
  if (!item) return state;
  return { ...state, currentItemId: item.id, timer: idleTimer(item.minutes * MINUTE_MS) };
}

function findItem(state: MeetingState, itemId: string): AgendaItem {
  const item = state.agenda.find((i) => i.id === itemId);
  if (!item) throw new MeetingRuleBroken('There is no such agenda item.');
  return item;
}

function findPoll(state: MeetingState, pollId: string): Poll {
  const poll = state.polls.find((p) => p.id === pollId);
  if (!poll) throw new MeetingRuleBroken('There is no such poll.');
  return poll;
}

const replacePoll = (state: MeetingState, poll: Poll): MeetingState => ({
  ...state,
  polls: state.polls.map((p) => (p.id === poll.id ? poll : p)),
});

function customOptions(labels: string[]): PollOption[] {
  const clean = labels.map((label) => label.trim()).filter(Boolean);
  if (clean.length < 2) throw new MeetingRuleBroken('A poll needs at least two choices.');
  return clean.map((label, index) => ({
    id: `option-${index + 1}`,
    label,
    meaning: '',
    prompt: null,
    reasonRequired: false,
  }));
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
        polls: state.polls.map((poll) => close(poll, now, agreementRule)),
      };
    }
    case 'agenda:add': {
      const item = {
        id: newId(),
        title: command.title,
        minutes: command.minutes,
        link: command.link,
      };
      const agenda = [...state.agenda, item];
      return state.currentItemId === null ? goTo({ ...state, agenda }, item) : { ...state, agenda };
    }
    case 'agenda:edit': {
      findItem(state, command.itemId);
      const agenda = state.agenda.map((item) =>
        item.id === command.itemId
          ? { ...item, title: command.title, minutes: command.minutes, link: command.link }
          : item,
      );
      return { ...state, agenda };
    }
    case 'agenda:move': {
      const from = state.agenda.findIndex((item) => item.id === command.itemId);
      if (from < 0) throw new MeetingRuleBroken('There is no such agenda item.');
      const to = command.direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= state.agenda.length) return state;
      const agenda = [...state.agenda];
      [agenda[from], agenda[to]] = [agenda[to]!, agenda[from]!];
      return { ...state, agenda };
    }
    case 'agenda:remove': {
      findItem(state, command.itemId);
      const agenda = state.agenda.filter((item) => item.id !== command.itemId);
      const next = { ...state, agenda };
      return state.currentItemId === command.itemId
        ? agenda[0]
          ? goTo(next, agenda[0])
          : { ...next, currentItemId: null }
        : next;
    }
    case 'agenda:go':
      return goTo(state, findItem(state, command.itemId));
    case 'agenda:next':
    case 'agenda:previous': {
      const index = state.agenda.findIndex((item) => item.id === state.currentItemId);
      const step = command.type === 'agenda:next' ? 1 : -1;
      return goTo(state, state.agenda[index + step]);
    }
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
    case 'hand:speak':
      live(state);
      return { ...state, hands: nowSpeaking(state.hands, command.userId) };
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
    case 'poll:open': {
      live(state);
      const options =
        command.kind === 'custom' ? customOptions(command.options) : readyMadeOptions[command.kind];
      const versionId = command.versionId ?? null;
      if (command.kind === 'agreement' && versionId === null) {
        throw new MeetingRuleBroken('Choose the version the group is asked to agree.');
      }
      const agreedDraft =
        command.kind === 'agreement' && versionId !== null
          ? draftOfVersion(state, versionId, versionDocuments)
          : null;
      const suggestion = command.suggestion ?? null;
      if (suggestion && command.kind !== 'agree') {
        throw new MeetingRuleBroken(
          'A suggestion is put to the group as agree / not sure / disagree.',
        );
      }
      if (suggestion && !state.documentIds.includes(suggestion.documentId)) {
        throw new MeetingRuleBroken('That document is not one of this meeting’s documents.');
      }
      const poll: Poll = {
        id: newId(),
        question: command.question,
        kind: command.kind,
        options,
        anonymous: command.anonymous,
        results: command.results,
        agendaItemId: state.currentItemId,
        versionId: command.kind === 'agreement' ? versionId : null,
        documentId: agreedDraft,
        locksDraft: command.kind === 'agreement' && (command.locksDraft ?? false),
        suggestion,
        openedAt: now,
        votes: {},
        state: 'open',
      };
      return { ...state, polls: [...state.polls, poll] };
    }
    case 'poll:vote': {
      const poll = findPoll(state, command.pollId);
      try {
        return replacePoll(state, castVote(poll, userId, command.optionId, command.reason, now));
      } catch (error) {
        throw new MeetingRuleBroken(
          error instanceof Error ? error.message : 'That vote was refused.',
        );
      }
    }
    case 'poll:close':
      return replacePoll(state, close(findPoll(state, command.pollId), now, agreementRule));
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

/** The version's draft, which must be one of the meeting's documents. */
function draftOfVersion(
  state: MeetingState,
  versionId: string,
  versionDocuments: ReadonlyMap<string, string>,
): string {
  const documentId = versionDocuments.get(versionId);
  if (documentId === undefined) throw new MeetingRuleBroken('There is no such version.');
  if (!state.documentIds.includes(documentId)) {
    throw new MeetingRuleBroken('That version is not of one of this meeting’s documents.');
  }
  return documentId;
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
