import { describe, expect, it } from 'vitest';
import { matchParagraphs } from './paragraph-matching.ts';

describe('matching paragraphs of two versions', () => {
  it('matches the same words, pairs a changed paragraph with the one in its place', () => {
    expect(matchParagraphs(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([0, 1, 2]);
  });
  it('finds a paragraph that moved down when another was added before it', () => {
    expect(matchParagraphs(['a', 'b'], ['new', 'a', 'b'])).toEqual([1, 2]);
  });
  it('says a paragraph was removed when nothing took its place', () => {
    expect(matchParagraphs(['a', 'b', 'c'], ['a', 'c'])).toEqual([0, null, 1]);
    expect(matchParagraphs(['a'], [])).toEqual([null]);
  });
});
