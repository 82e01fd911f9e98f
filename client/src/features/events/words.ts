// Public events in words.
import type { PublicEvent, VenueAccess } from '@roundtable/shared/protocol/events';

export const placesWords = (n: number): string => (n === 1 ? '1 place' : `${n} places`);

/** "Thursday 10 December 2026, 2pm to 4pm" in the reader's own time. */
export function whenWords(event: Pick<PublicEvent, 'startsAt' | 'endsAt'>): string {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const day = start.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const time = (d: Date) =>
    d
      .toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true })
      .replace(':00', '')
      .replace(' ', '');
  return `${day}, ${time(start)} to ${time(end)}`;
}

/** What the venue has, one line each, in plain words. */
export function venueLines(venue: VenueAccess): string[] {
  return [
    venue.stepFree ? 'Step-free access: you can get in and around without steps.' : null,
    venue.hearingLoop ? 'There is a hearing loop.' : null,
    venue.quietRoom ? 'There is a quiet room if you need a break.' : null,
    venue.parking ? 'There is parking.' : null,
  ].filter((line): line is string => line !== null);
}

export function spaceWords(event: PublicEvent): string {
  if (event.placesLeft > 0) return `${placesWords(event.placesLeft)} left of ${event.capacity}.`;
  return event.waiting > 0
    ? `This event is full. ${event.waiting === 1 ? '1 booking is' : `${event.waiting} bookings are`} on the waiting list. You can join the waiting list.`
    : 'This event is full. You can join the waiting list.';
}
