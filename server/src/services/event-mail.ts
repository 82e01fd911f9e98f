// The mail a booker gets, in plain words: the confirmation (with a calendar file when they have a
// place), being on the waiting list, being moved up, the reminder the day before, the event's
// time or place changing (with the calendar file again, a higher revision), and its being taken
// down (with a calendar file that removes it).
import { calendarFile } from '@roundtable/shared/domain/ics';
import type { PublicEvent } from '@roundtable/shared/protocol/events';
import type { MailAttachment, OutgoingMail } from './outbox.ts';

export type BookingMailKind =
  'confirmed' | 'waiting' | 'moved-up' | 'reminder' | 'cancelled' | 'changed' | 'event-cancelled';

/** What the event was before its time or place changed. */
export interface EventBefore {
  startsAt: string;
  endsAt: string;
  place: string;
}

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
  /** The event's calendar revision. */
  sequence: number;
  /** 'changed': what it was. */
  before?: EventBefore;
  /** 'event-cancelled': the facilitator's message. */
  message?: string;
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
  return `${day} at ${timeInWords(iso)} (UK time, GMT)`;
}

/** "2:00pm" (UTC). */
const timeInWords = (iso: string): string =>
  new Date(iso)
    .toLocaleTimeString('en-GB', {
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
      timeZone: 'UTC',
    })
    .replace(' ', '');

export function eventCalendar(
  event: PublicEvent,
  booking: { id: string; sequence: number },
  now: Date,
  link: string | null,
): string {
  const bookingId = booking.id;
  return calendarFile({
    sequence: booking.sequence,
    cancelled: event.state === 'cancelled',
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
          `A place came free, so you now have ${placesInWords(input.places)} at ${event.title}.`,
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
    case 'reminder': {
      const day = dayInWords(event.startsAt, input.now);
      return {
        subject: `Reminder: ${event.title} is ${day}`,
        lines: [
          `This is a reminder: you have ${placesInWords(input.places)} at ${event.title} ${day}.`,
        ],
      };
    }
    case 'changed':
      return {
        subject: `Changed: ${event.title}`,
        lines: changedLines(input),
      };
    case 'event-cancelled':
      return {
        subject: `Cancelled: ${event.title}`,
        lines: [
          `${event.title} is cancelled. It will not happen, so please do not come.`,
          'Your booking is cancelled. You do not need to do anything.',
          '',
          ...(input.message ? [`A message from the people running it:`, input.message] : []),
        ],
      };
  }
}

/** "today", "tomorrow", or "on Thursday 10 December" (UTC, as whenInWords). */
export function dayInWords(iso: string, now: Date): string {
  const dayOf = (date: Date) => Math.floor(date.getTime() / 86_400_000);
  const days = dayOf(new Date(iso)) - dayOf(now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  const day = new Date(iso).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return `on ${day}`;
}

function changedLines(input: BookingMailInput): string[] {
  const { event, before } = input;
  const lines = [`The people running ${event.title} changed its time or place.`];
  if (before && before.startsAt !== event.startsAt) {
    lines.push(
      `It was: ${whenInWords(before.startsAt)}.`,
      `It is now: ${whenInWords(event.startsAt)}.`,
    );
  }
  if (before && before.endsAt !== event.endsAt) {
    lines.push(`It now ends at ${timeInWords(event.endsAt)}.`);
  }
  if (before && before.place !== event.place) {
    lines.push(`It was at: ${before.place}.`, `It is now at: ${event.place}.`);
  }
  lines.push(
    input.queuePosition === null
      ? 'You still have your place. If you cannot come now, please cancel, so someone else can come.'
      : `You are still number ${input.queuePosition} on the waiting list.`,
  );
  return lines;
}

export function bookingMail(workspaceId: string, input: BookingMailInput): OutgoingMail {
  const { subject, lines } = opening(input);
  const { event, link } = input;
  const gone = input.kind === 'cancelled' || input.kind === 'event-cancelled';
  const hasPlace = input.kind !== 'waiting' && !gone && input.queuePosition === null;
  const text = [
    `Hello ${input.name},`,
    '',
    ...lines,
    '',
    `When: ${whenInWords(event.startsAt)}`,
    `Where: ${event.place}`,
    '',
    ...(gone
      ? []
      : link
        ? [`To see your booking, or to cancel it, open this link:`, link, '']
        : ['To see or cancel your booking, use the link in the first email we sent you.', '']),
    ...(hasPlace ? ['The calendar file with this email adds the event to your calendar.', ''] : []),
    ...(input.kind === 'event-cancelled'
      ? ['The calendar file with this email takes the event out of your calendar.', '']
      : []),
    `From ${event.workspaceName}`,
  ].join('\n');
  const calendar = { id: input.bookingId, sequence: input.sequence };
  const method = input.kind === 'event-cancelled' ? 'CANCEL' : 'PUBLISH';
  const attachments: MailAttachment[] =
    hasPlace || input.kind === 'event-cancelled'
      ? [
          {
            filename: 'event.ics',
            contentType: `text/calendar; charset=utf-8; method=${method}`,
            content: eventCalendar(event, calendar, input.now, link),
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
