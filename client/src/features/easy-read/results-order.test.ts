import { describe, expect, it } from 'vitest';
import type { PageResult } from '@roundtable/shared/protocol/easy-read';
import { needsAnotherLook, pagesForReview } from './results-order.ts';

const page = (number: number, notSure: number, doNotUnderstand: number): PageResult => ({
  number,
  title: `Page ${number}`,
  understand: 1,
  notSure,
  doNotUnderstand,
  words: [],
});

describe('the order of the results', () => {
  it('puts pages most people did not understand first, then unsure ones, then page order', () => {
    const ordered = pagesForReview([page(1, 0, 0), page(2, 3, 0), page(3, 0, 2), page(4, 1, 2)]);
    expect(ordered.map((p) => p.number)).toEqual([4, 3, 2, 1]);
  });

  it('flags a page anyone did not understand or was not sure about', () => {
    expect(needsAnotherLook(page(1, 0, 0))).toBe(false);
    expect(needsAnotherLook(page(1, 1, 0))).toBe(true);
    expect(needsAnotherLook(page(1, 0, 1))).toBe(true);
  });
});
