// Polls and consent checks, after Loomio: each ready-made kind has options with a meaning and a
// prompt; consent objections need a reason. One vote per person, changeable until the close.
export const pollKinds = ['agree', 'consent', 'agreement', 'custom'] as const;
export type PollKind = (typeof pollKinds)[number];

export interface PollOption {
  id: string;
  label: string;
  meaning: string;
  /** A prompt shown after choosing it, e.g. "What would you change?" */
  prompt: string | null;
  reasonRequired: boolean;
}

export const readyMadeOptions: Record<Exclude<PollKind, 'custom'>, PollOption[]> = {
  agree: [
    {
      id: 'agree',
      label: 'Agree',
      meaning: 'I am happy with this.',
      prompt: null,
      reasonRequired: false,
    },
    {
      id: 'not-sure',
      label: 'Not sure',
      meaning: 'I need to know more, or I have a question.',
      prompt: 'What would help you decide?',
      reasonRequired: false,
    },
    {
      id: 'disagree',
      label: 'Disagree',
      meaning: 'I do not think this is right.',
      prompt: 'What would you change?',
      reasonRequired: false,
    },
  ],
  agreement: [
    {
      id: 'agree',
      label: 'Agree',
      meaning: 'I agree with this version.',
      prompt: null,
      reasonRequired: false,
    },
    {
      id: 'concerns',
      label: 'Agree, with concerns',
      meaning: 'I can live with it, but something worries me.',
      prompt: 'What worries you?',
      reasonRequired: true,
    },
    {
      id: 'disagree',
      label: 'Disagree',
      meaning: 'I cannot agree to this version.',
      prompt: 'Please say why, so the group can change it.',
      reasonRequired: true,
    },
    {
      id: 'more-time',
      label: 'I need more time',
      meaning: 'I am not ready to decide yet.',
      prompt: null,
      reasonRequired: false,
    },
  ],
  consent: [
    {
      id: 'consent',
      label: 'Consent',
      meaning: 'It is good enough for now and safe enough to try.',
      prompt: null,
      reasonRequired: false,
    },
    {
      id: 'objection',
      label: 'Objection',
      meaning: 'I think this would cause harm, or take us backwards.',
      prompt: 'Please say why, so the group can change it.',
      reasonRequired: true,
    },
  ],
};

export interface Vote {
  optionId: string;
  reason: string;
  votedAt: number;
}

/** The suggestion in a document that an agree poll decides. */
export interface SuggestionLink {
  documentId: string;
  suggestionId: string;
  /** What it does, in words, as it stood when the poll opened. */
  summary: string;
}

export type Poll = {
  id: string;
  question: string;
  kind: PollKind;
  options: PollOption[];
  anonymous: boolean;
  /** 'live': everyone sees results as votes come in; 'on-close': only after it closes. */
  results: 'live' | 'on-close';
  agendaItemId: string | null;
  /** For an agreement poll: the version the group is asked to agree. */
  versionId: string | null;
  /**
   * For an agreement poll: the draft that version is of, the only one its lock covers.
   * Optional, so polls stored before it existed still read (they lock nothing).
   */
  documentId?: string | null;
  /** While this poll is open, nobody can change the draft whose version is being agreed. */
  locksDraft: boolean;
  /**
   * For an agree poll on a suggestion in a document: its outcome accepts or rejects it.
   * Optional, so polls stored before suggestions existed still read.
   */
  suggestion?: SuggestionLink | null;
  openedAt: number;
  votes: Record<string, Vote>;
} & (
  | { state: 'open' }
  | {
      state: 'closed';
      closedAt: number;
      /** For an agreement poll: what the workspace's rule decided; for a suggestion poll, whether the group accepted it. */
      outcome?: { agreed: boolean; because: string } | undefined;
    }
);

export class PollRuleBroken extends Error {
  override readonly name = 'PollRuleBroken';
}

export function castVote(
  poll: Poll,
  userId: string,
  optionId: string,
  reason: string,
  now: number,
): Poll {
  if (poll.state !== 'open') throw new PollRuleBroken('This poll has closed.');
  const option = poll.options.find((o) => o.id === optionId);
  if (!option) throw new PollRuleBroken('That is not one of the choices.');
  if (option.reasonRequired && reason.trim() === '') {
    throw new PollRuleBroken(`Please give a reason for "${option.label}".`);
  }
  return {
    ...poll,
    votes: { ...poll.votes, [userId]: { optionId, reason: reason.trim(), votedAt: now } },
  };
}

export function closePoll(poll: Poll, now: number): Poll {
  if (poll.state === 'closed') return poll;
  return { ...poll, state: 'closed', closedAt: now };
}

export interface Tally {
  optionId: string;
  label: string;
  count: number;
}

export function tally(poll: Poll): Tally[] {
  return poll.options.map((option) => ({
    optionId: option.id,
    label: option.label,
    count: Object.values(poll.votes).filter((vote) => vote.optionId === option.id).length,
  }));
}
