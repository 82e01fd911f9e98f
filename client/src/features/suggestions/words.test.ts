import { describe, expect, it } from 'vitest';
import { suggestionSentence, whenInWords } from './words.ts';

describe('suggestion words', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  it('says when in words', () => {
    expect(whenInWords('2026-11-23T11:59:50.000Z', now)).toBe('just now');
    expect(whenInWords('2026-11-23T11:59:00.000Z', now)).toBe('1 minute ago');
    expect(whenInWords('2026-11-23T11:35:00.000Z', now)).toBe('25 minutes ago');
    expect(whenInWords('2026-11-23T09:00:00.000Z', now)).toBe('3 hours ago');
    expect(whenInWords('2026-11-20T09:00:00.000Z', now)).toBe('on 20 November');
    expect(whenInWords(null, now)).toBe('a while ago');
  });
  it('says who suggests what', () => {
    expect(suggestionSentence('Sam', 'adds ‘more’')).toBe('Sam suggests: adds ‘more’');
  });
});
