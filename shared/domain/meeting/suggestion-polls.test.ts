import { describe, expect, it } from 'vitest';
import { decideSuggestionPoll } from './suggestion-polls.ts';

const votes = (...options: string[]) => ({
  votes: Object.fromEntries(
    options.map((optionId, i) => [`u${i}`, { optionId, reason: '', votedAt: i }]),
  ),
});

describe('deciding a suggestion by a meeting poll', () => {
  it('accepts when more agree than disagree', () => {
    expect(decideSuggestionPoll(votes('agree', 'agree', 'disagree', 'not-sure'))).toMatchObject({
      decision: 'accepted',
      counts: { agree: 2, notSure: 1, disagree: 1 },
      because: 'The group accepted the suggestion (2 agree, 1 not sure, 1 disagree).',
    });
  });
  it('rejects when more disagree, and on a tie (the text stays as it was)', () => {
    expect(decideSuggestionPoll(votes('disagree', 'disagree', 'agree')).decision).toBe('rejected');
    expect(decideSuggestionPoll(votes('disagree', 'agree')).decision).toBe('rejected');
  });
  it('leaves it a suggestion when nobody voted or most are not sure', () => {
    expect(decideSuggestionPoll(votes()).decision).toBe('undecided');
    expect(decideSuggestionPoll(votes('not-sure', 'not-sure', 'agree')).decision).toBe('undecided');
  });
});
