// The poll commands in a meeting: open a poll (ready-made, custom, on a version to agree, or on
// a suggestion), vote, and close it, when an agreement or suggestion poll gets its outcome.
import { decideAgreement, type AgreementRule } from '../agreement.ts';
import { MeetingRuleBroken, live } from './meeting-rule.ts';
import { castVote, closePoll, readyMadeOptions, type Poll, type PollOption } from './polls.ts';
import type { MeetingCommand, MeetingState } from './state.ts';
import { decideSuggestionPoll } from './suggestion-polls.ts';

export type PollCommand = Extract<MeetingCommand, { type: `poll:${string}` }>;

/**
 * Closes a poll; an agreement poll gets its outcome by the workspace's rule, and a poll on a
 * suggestion by its counts.
 */
export function closeWithOutcome(poll: Poll, now: number, rule: AgreementRule): Poll {
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

export function findPoll(state: MeetingState, pollId: string): Poll {
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

export function applyPollCommand(
  state: MeetingState,
  command: PollCommand,
  {
    userId,
    now,
    newId,
    agreementRule,
    versionDocuments,
  }: {
    userId: string;
    now: number;
    newId: () => string;
    agreementRule: AgreementRule;
    versionDocuments: ReadonlyMap<string, string>;
  },
): MeetingState {
  switch (command.type) {
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
      return replacePoll(
        state,
        closeWithOutcome(findPoll(state, command.pollId), now, agreementRule),
      );
    default: {
      const unreachable: never = command;
      throw new MeetingRuleBroken(`Unknown command ${String(unreachable)}`);
    }
  }
}
