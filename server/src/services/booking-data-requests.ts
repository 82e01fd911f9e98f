// A booker's data-protection requests, answered by a facilitator (bookers often have no
// account): one booking's data as a file, and erasing the booker's details from it. Both go
// through the same checks as cancelling a booking, and are audited with ids only.
import { BookingData, type EventBookings } from '@roundtable/shared/protocol/events';
import { EventContext } from './event-context.ts';
import type { EventBookingService, EventBookingServiceOptions } from './event-bookings.ts';
import type { AuthContext } from './auth-context.ts';
import { ServiceError } from './errors.ts';

export class BookingDataRequests {
  private readonly context: EventContext;

  constructor(
    private readonly options: EventBookingServiceOptions,
    private readonly bookings: EventBookingService,
  ) {
    this.context = new EventContext(options);
  }

  /** The booking's data, for the facilitator to send to the booker who asked. */
  async data(
    auth: AuthContext,
    eventId: string,
    bookingId: string,
  ): Promise<{ fileName: string; data: BookingData }> {
    const booking = await this.bookings.booking(auth, eventId, bookingId);
    const event = await this.context.event(eventId);
    await this.bookings.audited(auth, booking, 'event.booking-data', {});
    const data = BookingData.parse({
      madeAt: this.options.now().toISOString(),
      event: { id: event.id, title: event.title, startsAt: event.startsAt, place: event.place },
      booking: {
        ...{ id: booking.id, name: booking.name, email: booking.email, phone: booking.phone },
        ...{ accessNeeds: booking.accessNeeds, places: booking.places, status: booking.status },
        ...{ bookedAt: booking.bookedAt, movedUpAt: booking.movedUpAt },
        ...{ cancelledAt: booking.cancelledAt, attendedAt: booking.attendedAt },
      },
    });
    return { fileName: `Booking ${event.startsAt.slice(0, 10)} ${booking.id}.json`, data };
  }

  /**
   * Cancels a standing booking as a facilitator's cancel does (the people moved up are told),
   * then erases the booker's name, contact, access needs and link. Places and status stay.
   */
  async erase(auth: AuthContext, eventId: string, bookingId: string): Promise<EventBookings> {
    const booking = await this.bookings.booking(auth, eventId, bookingId);
    const change = await this.options.events.eraseBooking(
      booking.id,
      this.options.now().toISOString(),
    );
    if (!change) {
      throw new ServiceError(
        'conflict',
        'This person’s details are already erased, or were removed after the event.',
      );
    }
    await this.bookings.audited(auth, booking, 'event.booking-erased', {});
    await this.context.movedUp(eventId, change.movedUp);
    return this.bookings.bookings(auth, eventId);
  }
}
