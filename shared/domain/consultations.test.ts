import { describe, expect, it } from 'vitest';
import { hasVisibleWords, holdsLink, isOpen } from './consultations.ts';

describe('a comment from someone not signed in', () => {
  it.each([
    'see https://example.org/page',
    'go to www.cheap-pills.example',
    'visit spam.com today',
    'mail me at bit.ly/abc',
    // Written so that a simple check misses them (found by an attack run).
    'see ｈｔｔｐｓ：／／ｅｖｉｌ．ｃｏｍ',
    'see e\u200bvil\u200b.\u200bcom',
    'see www\u3002evil\u3002com',
    'see \u202emoc.live//:sptth',
    'see evil[.]com',
  ])('holds a link: %s', (text) => {
    expect(holdsLink(text)).toBe(true);
  });

  it.each([
    'Buses should run after 6 p.m.',
    'I need a ramp. Thanks.',
    'The plan says 3.5 million pounds.',
    'e.g. a quiet room',
  ])('holds no link: %s', (text) => {
    expect(holdsLink(text)).toBe(false);
  });
});

describe('the words of a comment', () => {
  it('must show something: not only spaces or invisible characters', () => {
    expect(hasVisibleWords('\u200b\u200b')).toBe(false);
    expect(hasVisibleWords(' \u0000 ')).toBe(false);
    expect(hasVisibleWords('I agree')).toBe(true);
  });
});

describe('a consultation', () => {
  const closesAt = '2026-12-01T12:00:00.000Z';
  it('is open until its closing date, or until it was closed early', () => {
    expect(isOpen({ closesAt, closedAt: null }, new Date('2026-12-01T11:59:59Z'))).toBe(true);
    expect(isOpen({ closesAt, closedAt: null }, new Date('2026-12-01T12:00:00Z'))).toBe(false);
    expect(isOpen({ closesAt, closedAt: '2026-11-01T00:00:00Z' }, new Date('2026-11-02'))).toBe(
      false,
    );
  });
});
