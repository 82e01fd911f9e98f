import { describe, expect, it } from 'vitest';
import { compareBlocks, compareWords, summarize } from './diff.ts';

const p = (text: string) => ({ kind: 'paragraph' as const, text });

describe('comparing drafts', () => {
  it('finds added and removed words inside a paragraph', () => {
    expect(compareWords('We want homes near friends', 'We want safe homes near family')).toEqual([
      { kind: 'same', text: 'We want ' },
      { kind: 'added', text: 'safe ' },
      { kind: 'same', text: 'homes near ' },
      { kind: 'removed', text: 'friends' },
      { kind: 'added', text: 'family' },
    ]);
  });

  it('counts reworded, added and removed paragraphs', () => {
    const result = compareBlocks(
      [p('One'), p('Two words'), p('Three')],
      [p('One'), p('Two new words'), p('Four'), p('Five')],
    );
    expect(result.changes.map((c) => c.kind)).toEqual(['same', 'edited', 'edited', 'added']);
    expect(summarize(result)).toBe('3 paragraphs changed: 2 reworded, 1 added.');
  });

  it('says when nothing changed', () => {
    expect(summarize(compareBlocks([p('Same')], [p('Same')]))).toBe(
      'Nothing changed: the words are the same.',
    );
  });

  it('says a removed paragraph', () => {
    expect(summarize(compareBlocks([p('A'), p('B')], [p('A')]))).toBe(
      '1 paragraph changed: 1 removed.',
    );
  });
});
