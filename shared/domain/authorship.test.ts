import { describe, expect, it } from 'vitest';
import { describeAuthorShares, joinNames, sharesByPerson } from './authorship.ts';

describe('describing who wrote a part of the text', () => {
  it('names one author, a main author with others, or a shared part', () => {
    expect(describeAuthorShares([{ name: 'Lucy', characters: 40 }])).toBe('all Lucy');
    expect(
      describeAuthorShares([
        { name: 'Mark', characters: 30 },
        { name: 'Lucy', characters: 65 },
        { name: 'Ada', characters: 5 },
      ]),
    ).toBe('mostly Lucy, some Mark, a little Ada');
    expect(
      describeAuthorShares([
        { name: 'Lucy', characters: 30 },
        { name: 'Mark', characters: 30 },
        { name: 'Ada', characters: 40 },
      ]),
    ).toBe('Ada, Lucy and Mark');
    expect(describeAuthorShares([{ name: 'Lucy', characters: 0 }])).toBe('no text yet');
  });

  it('joins names in plain English', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Lucy'])).toBe('Lucy');
    expect(joinNames(['Lucy', 'Mark'])).toBe('Lucy and Mark');
    expect(joinNames(['Lucy', 'Mark', 'Ada'])).toBe('Lucy, Mark and Ada');
  });

  it('adds up the client ids of one person, and keeps unclaimed ones apart', () => {
    const shares = sharesByPerson(
      new Map([
        [1, 10],
        [2, 5],
        [3, 7],
      ]),
      new Map([
        [1, 'Lucy'],
        [2, 'Lucy'],
      ]),
      'Not known',
    );
    expect(Object.fromEntries(shares)).toEqual({ Lucy: 15, 'Not known': 7 });
  });
});
