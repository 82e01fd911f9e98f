// A meeting poll on a suggestion: the facilitator asks the group (agree / not sure /
// disagree), and when the poll closes its counts decide. More agree than disagree accepts it;
// more disagree than agree, or a tie, rejects it; if nobody voted, or more people are not sure
// than have a view, it is left as a suggestion for the group to come back to.
import type { Poll } from './polls.ts';

export type SuggestionPollDecision = 'accepted' | 'rejected' | 'undecided';

export interface SuggestionPollOutcome {
  decision: SuggestionPollDecision;
  counts: { agree: number; notSure: number; disagree: number };
  /** The outcome in plain words, shown to everyone with the responses. */
  because: string;
}

export function decideSuggestionPoll(poll: Pick<Poll, 'votes'>): SuggestionPollOutcome {
  const counts = { agree: 0, notSure: 0, disagree: 0 };
  for (const vote of Object.values(poll.votes)) {
    if (vote.optionId === 'agree') counts.agree += 1;
    else if (vote.optionId === 'not-sure') counts.notSure += 1;
    else if (vote.optionId === 'disagree') counts.disagree += 1;
  }
  const tallyWords = `${counts.agree} agree, ${counts.notSure} not sure, ${counts.disagree} disagree`;
  if (counts.agree + counts.notSure + counts.disagree === 0) {
    return { decision: 'undecided', counts, because: 'Nobody voted, so it stays a suggestion.' };
  }
  if (counts.notSure > counts.agree + counts.disagree) {
    return {
      decision: 'undecided',
      counts,
      because: `Most people are not sure (${tallyWords}), so it stays a suggestion.`,
    };
  }
  if (counts.agree > counts.disagree) {
    return {
      decision: 'accepted',
      counts,
      because: `The group accepted the suggestion (${tallyWords}).`,
    };
  }
  return {
    decision: 'rejected',
    counts,
    because: `The group turned the suggestion down (${tallyWords}).`,
  };
}
