import { describe, expect, it } from 'vitest';
import { announcementOf, shortQuote, timeInWords } from './words.ts';

describe('comment words', () => {
  const now = new Date(2026, 10, 23, 15, 0);
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

  it('says times the way people say them', () => {
    expect(timeInWords(ago(0), now)).toBe('just now');
    expect(timeInWords(ago(1), now)).toBe('1 minute ago');
    expect(timeInWords(ago(25), now)).toBe('25 minutes ago');
    expect(timeInWords(ago(120), now)).toBe('2 hours ago');
    expect(timeInWords(new Date(2026, 10, 23, 8, 5).toISOString(), now)).toBe('today at 08:05');
    expect(timeInWords(new Date(2026, 10, 22, 14, 5).toISOString(), now)).toBe(
      'yesterday at 14:05',
    );
    expect(timeInWords(new Date(2026, 2, 3, 9, 30).toISOString(), now)).toBe('3 March at 09:30');
    expect(timeInWords('not a date', now)).toBe('');
  });

  it('announces what someone did, with a short quote', () => {
    expect(
      announcementOf({ change: 'created', actorName: 'Rachel', quote: 'independent living' }),
    ).toBe('Rachel commented on “independent living”.');
    expect(announcementOf({ change: 'resolved', actorName: 'Sam', quote: 'homes' })).toBe(
      'Sam resolved the comments on “homes”.',
    );
    expect(shortQuote('a'.repeat(100))).toHaveLength(60);
  });
});
