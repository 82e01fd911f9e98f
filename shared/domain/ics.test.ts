// The calendar file read back the way a calendar reads it: lines unfolded, values unescaped.
import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from './ics.ts';

/** Unfolds (a CRLF then a space continues the line) and splits into name and value. */
function readBack(file: string): Map<string, string> {
  expect(file.endsWith('\r\n')).toBe(true);
  const lines = file.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  return new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1)];
    }),
  );
}

const unescape = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const event = {
  uid: 'booking-abc@roundtable.example',
  stamp: new Date('2026-12-01T09:30:15.123Z'),
  startsAt: new Date('2026-12-10T14:00:00+01:00'),
  endsAt: new Date('2026-12-10T16:00:00+01:00'),
  summary: 'Launch event; forum, with tea',
  location: 'Town Hall, Room 2; side door',
  description: `What to expect:\nTea, biscuits\\cake and a welcome.\n${'Long words '.repeat(20)}Ünïcödé ✓`,
};

describe('calendar file', () => {
  it('has the lines a calendar needs, times in UTC, every line ended by CRLF', () => {
    const file = calendarFile(event);
    expect(file.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const fields = readBack(file);
    expect(file.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(file.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(fields.get('VERSION')).toBe('2.0');
    expect(fields.get('UID')).toBe(event.uid);
    expect(fields.get('DTSTAMP')).toBe('20261201T093015Z');
    expect(fields.get('DTSTART')).toBe('20261210T130000Z');
    expect(fields.get('DTEND')).toBe('20261210T150000Z');
    expect(file.indexOf('BEGIN:VEVENT')).toBeLessThan(file.indexOf('END:VEVENT'));
  });

  it('escapes commas, semicolons, backslashes and newlines, and reads back the same words', () => {
    const fields = readBack(calendarFile(event));
    expect(fields.get('SUMMARY')).toBe('Launch event\\; forum\\, with tea');
    expect(unescape(fields.get('SUMMARY') ?? '')).toBe(event.summary);
    expect(unescape(fields.get('LOCATION') ?? '')).toBe(event.location);
    expect(unescape(fields.get('DESCRIPTION') ?? '')).toBe(event.description);
    expect(escapeText('a\r\nb')).toBe('a\\nb');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const file = calendarFile(event);
    for (const line of file.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
