// Agreeing between meetings in plain words: the closing date, how many have responded, each
// answer's label, and the value a date-and-time input needs.
import { readyMadeOptions } from '@roundtable/shared/domain/meeting/polls';
import type { ProposalSummary } from '@roundtable/shared/protocol/proposals';
import { whenWords } from './words.ts';

export const agreementOptions = readyMadeOptions.agreement;

export function answerLabel(kind: string): string {
  return agreementOptions.find((option) => option.id === kind)?.label ?? kind;
}

export function closingWords(proposal: ProposalSummary, now: Date = new Date()): string {
  const past = new Date(proposal.closesAt).getTime() <= now.getTime();
  return `${past ? 'Voting closed' : 'Voting closes'} ${whenWords(proposal.closesAt, now)}`;
}

export function responseCountWords(count: number): string {
  if (count === 0) return 'Nobody has responded yet.';
  return count === 1 ? '1 person has responded so far.' : `${count} people have responded so far.`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as a datetime-local input's value, in the person's own time zone, to the minute. */
export function localInputValue(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A week from now at 5 pm: a sensible first suggestion for when voting closes. */
export function suggestedClosing(now: Date = new Date()): Date {
  const date = new Date(now);
  date.setDate(date.getDate() + 7);
  date.setHours(17, 0, 0, 0);
  return date;
}

/** What the page announces when a question about a version is decided or withdrawn. */
export function decidedWords(proposal: ProposalSummary, versionName: string): string {
  switch (proposal.state) {
    case 'agreed':
      return `Voting has closed: the group agreed “${versionName}”.`;
    case 'not-agreed':
      return `Voting has closed: the group did not agree “${versionName}”.`;
    case 'withdrawn':
      return `The question about “${versionName}” was withdrawn.`;
    case 'open':
      return '';
    default: {
      const unreachable: never = proposal.state;
      return unreachable;
    }
  }
}
