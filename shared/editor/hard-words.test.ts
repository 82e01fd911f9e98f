import { describe, expect, it } from 'vitest';
import { findHardWords, hardWordsUsed, type HardWord } from './hard-words.ts';

const advocate: HardWord = { word: 'advocate', explanation: 'someone who speaks up for you' };
const carePlan: HardWord = { word: 'care plan', explanation: 'a plan of the help you get' };
const care: HardWord = { word: 'care', explanation: 'help with everyday life' };
const facility: HardWord = { word: 'facility', explanation: 'a building for a service' };

const found = (text: string, words: HardWord[]) =>
  findHardWords(text, words).map((match) => text.slice(match.from, match.to));

describe('findHardWords', () => {
  it('finds a word whatever its case', () => {
    expect(found('An Advocate can help. ADVOCATE!', [advocate])).toEqual(['Advocate', 'ADVOCATE']);
  });

  it('finds plurals with -s, -es and -y to -ies', () => {
    expect(found('Two advocates and three facilities.', [advocate, facility])).toEqual([
      'advocates',
      'facilities',
    ]);
  });

  it('finds whole words only', () => {
    expect(found('advocacy and careful carers', [advocate, care])).toEqual([]);
  });

  it('prefers the longer phrase and never overlaps', () => {
    const matches = findHardWords('Your care  plan and your care.', [care, carePlan]);
    expect(matches.map((match) => match.word.word)).toEqual(['care plan', 'care']);
  });

  it('treats letters outside English as letters', () => {
    expect(found('Zoëcare care', [care])).toEqual(['care']);
  });

  it('ignores empty words and takes other characters literally', () => {
    const words = [
      { word: '  ', explanation: 'x' },
      { word: 'a.b', explanation: 'y' },
    ];
    expect(found('axb a.b', words)).toEqual(['a.b']);
  });
});

describe('hardWordsUsed', () => {
  it('lists each word used once, in alphabetical order', () => {
    expect(
      hardWordsUsed(['Care plans.', 'An advocate, another advocate.'], [care, carePlan, advocate]),
    ).toEqual([advocate, carePlan]);
  });
});
