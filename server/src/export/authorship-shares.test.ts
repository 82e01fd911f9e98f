import { describe, expect, it } from 'vitest';
import { sharesByWay } from './authorship-shares.ts';

describe('sharesByWay', () => {
  const ways = {
    wayOfClient: [
      [1, 'Staff'],
      [2, 'Lived experience'],
      [3, 'Lived experience'],
    ] as [number, string][],
    notRecorded: 'Not recorded',
  };

  it('adds up client ids by way of taking part, largest share first, unknown ids as not recorded', () => {
    const counts = new Map([
      [1, 20],
      [2, 50],
      [3, 20],
      [9, 10],
    ]);
    expect(sharesByWay(counts, ways)).toEqual([
      { way: 'Lived experience', share: 0.7 },
      { way: 'Staff', share: 0.2 },
      { way: 'Not recorded', share: 0.1 },
    ]);
  });

  it('has no shares for a document without text', () => {
    expect(sharesByWay(new Map(), ways)).toEqual([]);
  });
});
