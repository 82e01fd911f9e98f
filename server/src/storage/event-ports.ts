// The storage port for public events and their bookings (issue 14). Booking, cancelling and
// moving each run in one transaction that holds the event (Postgres: its row locked), so two
// people booking the last place at once never both get it.
import type { BookingStatus, VenueAccess } from '@roundtable/shared/protocol/events';

export interface PublicEventRecord {
  id: string;
  meetingId: string;
  workspaceId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  venue: VenueAccess;
  whatToExpect: string;
  capacity: number;
  createdAt: string;
  updatedAt: string;
}

export interface BookingRecord {
  id: string;
  eventId: string;
  /** First come, first served: the order bookings (and moves to this event) arrived in. */
  seq: number;
  name: string;
  email: string | null;
  phone: string | null;
  accessNeeds: string | null;
  places: number;
  status: BookingStatus;
  tokenHash: string | null;
  personId: string | null;
  bookedAt: string;
  movedUpAt: string | null;
  cancelledAt: string | null;
  attendedAt: string | null;
  remindedAt: string | null;
}

export type NewBookingRecord = Omit<
  BookingRecord,
  'seq' | 'status' | 'movedUpAt' | 'cancelledAt' | 'attendedAt' | 'remindedAt'
>;

/** A change to an event's bookings: the booking acted on, and the waiting ones moved up. */
export interface BookingChange {
  booking: BookingRecord;
  movedUp: BookingRecord[];
}

export interface EventStore {
  /** Creates the meeting's event, or changes it (keeping its id); moves up whom a larger capacity fits. */
  saveEvent(
    record: PublicEventRecord,
  ): Promise<{ event: PublicEventRecord; movedUp: BookingRecord[] }>;
  getEvent(id: string): Promise<PublicEventRecord | undefined>;
  eventOfMeeting(meetingId: string): Promise<PublicEventRecord | undefined>;
  /** A workspace's events that have not ended by `now`, soonest first. */
  upcomingEvents(workspaceId: string, now: string): Promise<PublicEventRecord[]>;
  /** Confirmed when it fits and nobody waits, else waiting; in one transaction. */
  book(record: NewBookingRecord): Promise<BookingRecord | undefined>;
  /** Cancels the booking and moves up the waiting list; undefined when already cancelled. */
  cancel(bookingId: string, at: string): Promise<BookingChange | undefined>;
  /** Moves a booking to another event (at the end of its queue); the first moves up. */
  move(bookingId: string, toEventId: string, at: string): Promise<BookingChange | undefined>;
  getBooking(id: string): Promise<BookingRecord | undefined>;
  bookingByToken(tokenHash: string): Promise<BookingRecord | undefined>;
  /** Every booking of the event in queue order (cancelled ones too). */
  listBookings(eventId: string): Promise<BookingRecord[]>;
  setAttended(bookingId: string, at: string | null): Promise<void>;
  /** Confirmed bookings with an email, not yet reminded, of events starting in [from, to). */
  dueReminders(from: string, to: string): Promise<BookingRecord[]>;
  /** Marks it reminded; false when another process already did (so one reminder is sent). */
  claimReminder(bookingId: string, at: string): Promise<boolean>;
  /** Links every unlinked booking made with this email address to the person; how many. */
  linkToPerson(email: string, personId: string): Promise<number>;
  bookingsOfPerson(personId: string): Promise<BookingRecord[]>;
  /** Removes access needs of bookings of events that ended before `before`; how many. */
  removeAccessNeedsBefore(before: string): Promise<number>;
  /** Removes name and contact of bookings of events that ended before `before`; how many. */
  removeContactBefore(before: string): Promise<number>;
}
