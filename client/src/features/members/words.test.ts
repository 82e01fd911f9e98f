import { describe, expect, it } from 'vitest';
import { expiryWords } from '../../ui/dates.ts';
import { informationWords } from './words.ts';

describe('expiryWords', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('counts days for links that last a while', () => {
    expect(expiryWords('2026-12-07T12:00:00Z', now)).toBe(
      'Works until 7 December 2026 (14 days from now)',
    );
  });
  it('says hours when less than two days are left', () => {
    expect(expiryWords('2026-11-24T12:00:00Z', now)).toMatch(/^Works for 24 hours, until /);
  });
  it('says when a link has expired', () => {
    expect(expiryWords('2026-11-20T12:00:00Z', now)).toBe('Expired on 20 November 2026');
  });
});

describe('informationWords', () => {
  it('lists the choices in plain words', () => {
    expect(
      informationWords({
        largerText: true,
        easyRead: false,
        readAloud: true,
        supporter: true,
        notes: '',
      }),
    ).toEqual(['Larger text', 'Things read aloud', 'Comes with a supporter']);
  });
});
