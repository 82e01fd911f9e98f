// Builds both sides of public events over the same options: the public's and the facilitators'.
import type { Store } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { BookingDataRequests } from './booking-data-requests.ts';
import { EventBookingService } from './event-bookings.ts';
import type { Outbox } from './outbox.ts';
import { PublicEventService } from './public-events.ts';

export function createEventServices(deps: {
  store: Pick<Store, 'events' | 'workspaces' | 'meetings' | 'publicPages'>;
  audit: AuditLog;
  outbox: Outbox;
  now: () => Date;
  publicUrl: string | undefined;
  onBookingsChanged: (eventId: string) => void;
}) {
  const { store, ...rest } = deps;
  const options = { ...rest, events: store.events, workspaces: store.workspaces };
  const bookingOptions = { ...options, meetings: store.meetings };
  const eventBookings = new EventBookingService(bookingOptions);
  return {
    publicEvents: new PublicEventService({ ...options, publicPages: store.publicPages }),
    eventBookings,
    bookingDataRequests: new BookingDataRequests(bookingOptions, eventBookings),
  };
}
