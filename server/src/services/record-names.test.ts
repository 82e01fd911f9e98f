import { describe, expect, it } from 'vitest';
import { UNNAMED, withoutNames } from './record-names.ts';

describe('names left out of the co-production record', () => {
  it('replaces the whole name of someone who said no, whatever its case', () => {
    expect(withoutNames('Who: Mo Secretname and Ada', ['Mo Secretname'])).toBe(
      `Who: ${UNNAMED} and Ada`,
    );
    expect(withoutNames('ask zoë about it', ['Zoë'])).toBe(`ask ${UNNAMED} about it`);
  });

  it('leaves words that only start with the name, and other people', () => {
    expect(withoutNames('Moving on, Mona will book', ['Mo'])).toBe('Moving on, Mona will book');
  });

  it('takes the longest name first', () => {
    expect(withoutNames('Mo Khan and Mo', ['Mo', 'Mo Khan'])).toBe(`${UNNAMED} and ${UNNAMED}`);
  });
});
