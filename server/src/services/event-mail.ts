// The mail a booker gets, in plain words: the confirmation (with a calendar file when they have a
// place), being on the waiting list, being moved up, and the reminder the day before.
import { calendarFile } from '@roundtable/shared/domain/ics';
import type { PublicEvent } from '@roundtable/shared/protocol/events';
import type { MailAttachment, OutgoingMail } from './outbox.ts';

export type BookingMailKind = 'confirmed' | 'waiting' | 'moved-up' | 'reminder' | 'cancelled';

export interface BookingMailInput {
  kind: BookingMailKind;
  bookingId: string;
  to: string;
  name: string;
  places: number;
  queuePosition: number | null;
  event: PublicEvent;
  /** The booking's own page (to see, download the calendar file, or cancel); null without PUBLIC_URL. */
  link: string | null;
  now: Date;
}

/** "Thursday 10 December 2026 at 2:00pm" (UTC: the server knows no one's time zone). */
export function whenInWords(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const time = date
    .toLocaleTimeString('en-GB', {
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
      timeZone: 'UTC',
    })
    .replace(' ', '');
  return `${day} at ${time} (UK time, GMT)`;
}

export function eventCalendar(
  event: PublicEvent,
  bookingId: string,
  now: Date,
  link: string | null,
): string {
  return calendarFile({
    uid: `booking-${bookingId}@roundtable`,
    stamp: now,
    startsAt: new Date(event.startsAt),
    endsAt: new Date(event.endsAt),
    summary: event.title,
    location: event.place,
    description: [event.whatToExpect, link ? `Your booking: ${link}` : '']
      .filter(Boolean)
      .join('\n\n'),
    ...(link ? { url: link } : {}),
  });
}

const placesInWords = (n: number) => (n === 1 ? '1 place' : `${n} places`);

function opening(input: BookingMailInput): { subject: string; lines: string[] } {
  const { event } = input;
  switch (input.kind) {
    case 'confirmed':
      return {
        subject: `You have a place: ${event.title}`,
        lines: [`You have booked ${placesInWords(input.places)} at ${event.title}.`],
      };
    case 'waiting':
      return {
        subject: `You are on the waiting list: ${event.title}`,
        lines: [
          `${event.title} is full, so you are on the waiting list for ${placesInWords(input.places)}.`,
          `You are number ${input.queuePosition ?? 1} on the list.`,
          'If someone cancels, you move up, and we will tell you.',
        ],
      };
    case 'moved-up':
      return {
        subject: `Good news, you have a place: ${event.title}`,
        lines: [
          `Someone cancelled, so you now have ${placesInWords(input.places)} at ${event.title}.`,
        ],
      };
    case 'cancelled':
      return {
        subject: `Your booking is cancelled: ${event.title}`,
        lines: [
          `The people running ${event.title} cancelled your booking of ${placesInWords(input.places)}.`,
          'If you did not expect this, please contact them.',
        ],
      };
    case 'reminder':
      return {
        subject: `Reminder: ${event.title}`,
        lines: [
          `This is a reminder that you have ${placesInWords(input.places)} at ${event.title}. It is soon.`,
        ],
      };
  }
}

export function bookingMail(workspaceId: string, input: BookingMailInput): OutgoingMail {
  const { subject, lines } = opening(input);
  const { event, link } = input;
  const hasPlace = input.kind !== 'waiting' && input.kind !== 'cancelled';
  const text = [
    `Hello ${input.name},`,
    '',
    ...lines,
    '',
    `When: ${whenInWords(event.startsAt)}`,
    `Where: ${event.place}`,
    '',
    ...(input.kind === 'cancelled'
      ? []
      : link
        ? [`To see your booking, or to cancel it, open this link:`, link, '']
        : ['To see or cancel your booking, use the link in the first email we sent you.', '']),
    ...(hasPlace ? ['The calendar file with this email adds the event to your calendar.', ''] : []),
    `From ${event.workspaceName}`,
  ].join('\n');
  const attachments: MailAttachment[] = hasPlace
    ? [
        {
          filename: 'event.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: eventCalendar(event, input.bookingId, input.now, link),
        },
      ]
    : [];
  return {
    workspaceId,
    about: `booking:${input.bookingId}`,
    to: input.to,
    subject,
    text,
    attachments,
  };
}
