import { describe, expect, it } from 'vitest';
import { wordAround } from './chosen-word.ts';

describe('wordAround', () => {
  it('finds the whole word the caret is in, at its start, middle or end', () => {
    const text = 'Ask your advocate, please.';
    expect(wordAround(text, 9)).toBe('advocate');
    expect(wordAround(text, 12)).toBe('advocate');
    expect(wordAround(text, 17)).toBe('advocate');
  });

  it('keeps apostrophes and hyphens inside a word, not at its edges', () => {
    expect(wordAround('a self-advocate’s plan', 8)).toBe('self-advocate’s');
    expect(wordAround('say ‘care’ now', 6)).toBe('care');
  });

  it('finds nothing between words', () => {
    expect(wordAround('one  two', 4)).toBe('');
  });
});
