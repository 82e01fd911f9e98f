// Records of public events and bookings, turned into what the public and facilitators see.
import {
  ERASED_BOOKER_NAME,
  type EventBooking,
  type OwnBooking,
  type PublicEvent,
} from '@roundtable/shared/protocol/events';
import type { BookingRecord, PublicEventRecord } from '../storage/event-ports.ts';

/** Places taken, and the waiting list in order, of an event's bookings. */
export function tally(bookings: readonly BookingRecord[]) {
  const waiting = bookings.filter((b) => b.status === 'waiting');
  const taken = bookings
    .filter((b) => b.status === 'confirmed')
    .reduce((sum, b) => sum + b.places, 0);
  const positionOf = (id: string): number | null => {
    const index = waiting.findIndex((b) => b.id === id);
    return index < 0 ? null : index + 1;
  };
  return { taken, waiting: waiting.length, positionOf };
}

export function publicEvent(
  event: PublicEventRecord,
  workspaceName: string,
  bookings: readonly BookingRecord[],
): PublicEvent {
  const { taken, waiting } = tally(bookings);
  return {
    id: event.id,
    workspaceName,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    place: event.place,
    venue: event.venue,
    whatToExpect: event.whatToExpect,
    capacity: event.capacity,
    placesLeft: Math.max(0, event.capacity - taken),
    waiting,
    state: event.cancelledAt ? 'cancelled' : event.bookingsClosed ? 'closed' : 'open',
    cancelMessage: event.cancelledAt ? event.cancelMessage : null,
  };
}

export function ownBooking(
  booking: BookingRecord,
  event: PublicEvent,
  bookings: readonly BookingRecord[],
): OwnBooking {
  return {
    name: booking.name,
    places: booking.places,
    status: booking.status,
    queuePosition: tally(bookings).positionOf(booking.id),
    keptWithAccount: booking.personId !== null,
    event,
  };
}

export function eventBooking(
  booking: BookingRecord,
  bookings: readonly BookingRecord[],
  seesAccessNeeds: boolean,
): EventBooking {
  return {
    id: booking.id,
    name: booking.name,
    email: booking.email,
    phone: booking.phone,
    accessNeeds: seesAccessNeeds ? booking.accessNeeds : null,
    places: booking.places,
    status: booking.status,
    queuePosition: tally(bookings).positionOf(booking.id),
    bookedAt: booking.bookedAt,
    attended: booking.attendedAt !== null,
    linked: booking.personId !== null,
    erased: booking.name === ERASED_BOOKER_NAME && !booking.email && !booking.phone,
  };
}
