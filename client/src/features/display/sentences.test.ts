import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences.ts';

describe('sentencesOf', () => {
  it('finds each sentence and where it is', () => {
    const text = 'We met on Monday.  Tickets cost £3.50 each! Did it help?';
    const sentences = sentencesOf(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'We met on Monday.',
      'Tickets cost £3.50 each!',
      'Did it help?',
    ]);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('ends a sentence at a line break, and skips empty lines', () => {
    expect(sentencesOf('Our plan\n\nHomes near friends').map((sentence) => sentence.text)).toEqual([
      'Our plan',
      'Homes near friends',
    ]);
    expect(sentencesOf('   ')).toEqual([]);
  });
});
