// The words of the mail a booker gets: the reminder says "today", "tomorrow" or the day; a
// change says what it was and what it is now; taking the event down carries the message and a
// calendar file that removes it.
import { describe, expect, it } from 'vitest';
import type { PublicEvent } from '@roundtable/shared/protocol/events';
import { bookingMail, dayInWords, type BookingMailInput } from './event-mail.ts';

const event: PublicEvent = {
  ...{ id: 'ev', workspaceId: 'ws', workspaceName: 'Forum', title: 'Launch' },
  ...{ startsAt: '2026-12-10T14:00:00.000Z', endsAt: '2026-12-10T16:00:00.000Z' },
  ...{ place: 'Library', whatToExpect: 'Tea', capacity: 10, placesLeft: 5, waiting: 0 },
  venue: { stepFree: false, hearingLoop: false, quietRoom: false, parking: false, other: '' },
  ...{ state: 'open', cancelMessage: null },
};
const input = (more: Partial<BookingMailInput>): BookingMailInput => ({
  ...{ kind: 'reminder', bookingId: 'b1', to: 'ana@example.org', name: 'Ana', places: 1 },
  ...{ queuePosition: null, event, link: null, now: new Date('2026-12-09T15:00:00Z') },
  sequence: 0,
  ...more,
});

describe('booking mail', () => {
  it('says the day of the event in words', () => {
    expect(dayInWords(event.startsAt, new Date('2026-12-10T08:00:00Z'))).toBe('today');
    expect(dayInWords(event.startsAt, new Date('2026-12-09T23:00:00Z'))).toBe('tomorrow');
    expect(dayInWords(event.startsAt, new Date('2026-12-07T09:00:00Z'))).toBe(
      'on Thursday 10 December',
    );
  });

  it('reminds with "tomorrow" and the calendar file', () => {
    const mail = bookingMail('ws', input({}));
    expect(mail.subject).toBe('Reminder: Launch is tomorrow');
    expect(mail.text).toContain('you have 1 place at Launch tomorrow.');
    expect(mail.attachments).toHaveLength(1);
  });

  it('says what changed, with the new revision of the calendar file', () => {
    const before = {
      ...{ startsAt: '2026-12-10T13:00:00.000Z', endsAt: '2026-12-10T15:00:00.000Z' },
      place: 'Town Hall',
    };
    const mail = bookingMail('ws', input({ kind: 'changed', before, sequence: 2 }));
    expect(mail.subject).toBe('Changed: Launch');
    expect(mail.text).toContain('It was at: Town Hall.');
    expect(mail.text).toContain('It is now at: Library.');
    expect(mail.text).toMatch(/It was: Thursday,? 10 December 2026 at 1:00pm \(UK time, GMT\)\./);
    expect(mail.text).toContain('It now ends at 4:00pm.');
    expect(mail.attachments?.[0]?.content).toContain('SEQUENCE:2');
    const waiting = bookingMail('ws', input({ kind: 'changed', before, queuePosition: 3 }));
    expect(waiting.text).toContain('You are still number 3 on the waiting list.');
    expect(waiting.attachments).toEqual([]);
  });

  it('tells that the event is cancelled, with the message and a calendar file removing it', () => {
    const cancelled = { ...event, state: 'cancelled' as const };
    const mail = bookingMail(
      'ws',
      input({
        kind: 'event-cancelled',
        event: cancelled,
        message: 'The hall flooded.',
        sequence: 1,
      }),
    );
    expect(mail.subject).toBe('Cancelled: Launch');
    expect(mail.text).toContain('The hall flooded.');
    expect(mail.text).not.toContain('cancel your booking');
    expect(mail.attachments?.[0]?.contentType).toContain('method=CANCEL');
    expect(mail.attachments?.[0]?.content).toContain('STATUS:CANCELLED');
  });
});
