// What a facilitator may not do to a public event, so its waiting list can always move: an
// event starts at most 5 years ahead and, when first made public, not in the past; its places
// never go below those booked or below the largest waiting booking; a booking is never moved to
// an event with fewer places than it needs.
import type { CapacityCut } from '@roundtable/shared/domain/waiting-list';
import type { PublicEventBody } from '@roundtable/shared/protocol/events';
import type { BookingRecord, PublicEventRecord } from '../storage/event-ports.ts';
import { ServiceError } from './errors.ts';

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;
const placesWord = (n: number) => (n === 1 ? 'place' : 'places');

export function refuseEventDates(now: Date, isNew: boolean, body: PublicEventBody): void {
  const startsAt = Date.parse(body.startsAt);
  if (startsAt > now.getTime() + 5 * YEAR_MS) {
    throw new ServiceError('bad_request', 'The event can start at most 5 years from now.');
  }
  if (isNew && startsAt < now.getTime()) {
    throw new ServiceError(
      'bad_request',
      'The start is in the past. Please choose a time to come.',
    );
  }
}

/** The refusal for a capacity below what is booked (see capacityCut). */
export function capacityCutError(cut: CapacityCut): ServiceError {
  const { places } = cut;
  return cut.kind === 'booked'
    ? new ServiceError(
        'conflict',
        `${places} ${places === 1 ? 'place is' : 'places are'} booked already, so the event needs at least ${places} places. To make it smaller, cancel or move bookings first.`,
      )
    : new ServiceError(
        'conflict',
        `A booking on the waiting list is for ${places} places, so the event needs at least ${places} places, or they could never move up.`,
      );
}

export function refuseMoveTooBig(booking: BookingRecord, to: PublicEventRecord): void {
  if (booking.places > to.capacity) {
    throw new ServiceError(
      'conflict',
      `This booking is for ${booking.places} ${placesWord(booking.places)}, but that event has only ${to.capacity} ${placesWord(to.capacity)}.`,
    );
  }
}
