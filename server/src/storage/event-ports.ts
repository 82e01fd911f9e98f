// The storage port for public events and their bookings (issue 14). Booking, cancelling and
// moving each run in one transaction that holds the event (Postgres: its row locked), so two
// people booking the last place at once never both get it.
import type { CapacityCut } from '@roundtable/shared/domain/waiting-list';
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
  /** When a facilitator took the event down; its bookings were cancelled then. */
  cancelledAt: string | null;
  /** What the bookers were told when it was taken down. */
  cancelMessage: string | null;
  /** The event stands but takes no new bookings. */
  bookingsClosed: boolean;
  /** The calendar revision (SEQUENCE): raised when the time or place changes. */
  sequence: number;
}

/** What a facilitator saves of an event; `sequence` is kept when not given. */
export type EventDetailsRecord = Omit<
  PublicEventRecord,
  'cancelledAt' | 'cancelMessage' | 'bookingsClosed' | 'sequence'
> & { sequence?: number };

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
  /**
   * Creates the meeting's event, or changes it (keeping its id); moves up whom a larger capacity
   * fits. A capacity below what is booked (counted under the same hold as bookings, so a booking
   * racing the save is counted) changes nothing: `refused` says why, and `event` is as stored.
   */
  saveEvent(record: EventDetailsRecord): Promise<{
    event: PublicEventRecord;
    movedUp: BookingRecord[];
    refused: CapacityCut | null;
  }>;
  /**
   * Takes the event down: marks it cancelled and cancels every booking still standing, in one
   * transaction. Returns those bookings as they were; undefined when already taken down.
   */
  cancelEvent(
    eventId: string,
    at: string,
    message: string,
  ): Promise<{ event: PublicEventRecord; cancelled: BookingRecord[] } | undefined>;
  /** Stops (true) or starts again (false) taking new bookings. */
  setBookingsClosed(eventId: string, closed: boolean): Promise<void>;
  getEvent(id: string): Promise<PublicEventRecord | undefined>;
  eventOfMeeting(meetingId: string): Promise<PublicEventRecord | undefined>;
  /** A workspace's events not taken down that have not ended by `now`, soonest first. */
  upcomingEvents(workspaceId: string, now: string): Promise<PublicEventRecord[]>;
  /**
   * Confirmed when it fits and nobody waits, else waiting; in one transaction. Undefined when
   * there is no such event, or it is taken down or closed to bookings; 'already-booked' when a
   * booking with a place or waiting has the same email address or phone number (sameContact).
   */
  book(record: NewBookingRecord): Promise<BookingRecord | 'already-booked' | undefined>;
  /**
   * Cancels the booking (clearing whether they came) and moves up the waiting list; undefined
   * when already cancelled.
   */
  cancel(bookingId: string, at: string): Promise<BookingChange | undefined>;
  /**
   * Moves a booking to another event (at the end of its queue); the first moves up. Undefined
   * when the booking is cancelled, the other event is taken down or ended by `at`, or it has
   * fewer places in all than the booking.
   */
  move(bookingId: string, toEventId: string, at: string): Promise<BookingChange | undefined>;
  /**
   * A booker asked to be erased: cancels a standing booking as cancel does, then removes its
   * name (a fixed words instead), contact, access needs, link and attendance, in one transaction.
   * Undefined when there is no such booking or its details are already gone.
   */
  eraseBooking(bookingId: string, at: string): Promise<BookingChange | undefined>;
  getBooking(id: string): Promise<BookingRecord | undefined>;
  bookingByToken(tokenHash: string): Promise<BookingRecord | undefined>;
  /** Every booking of the event in queue order (cancelled ones too). */
  listBookings(eventId: string): Promise<BookingRecord[]>;
  /** Marks who came (only a confirmed booking); false when it has no place. */
  setAttended(bookingId: string, at: string | null): Promise<boolean>;
  /** Confirmed bookings with an email, not yet reminded, of events starting in [from, to). */
  dueReminders(from: string, to: string): Promise<BookingRecord[]>;
  /** Marks it reminded; false when another process already did (so one reminder is sent). */
  claimReminder(bookingId: string, at: string): Promise<boolean>;
  /** Keeps the booking with the person's account (they asked, from the booking's own link). */
  linkBooking(bookingId: string, personId: string): Promise<void>;
  bookingsOfPerson(personId: string): Promise<BookingRecord[]>;
  /** Removes access needs of bookings of events that ended before `before`; how many. */
  removeAccessNeedsBefore(before: string): Promise<number>;
  /** Removes name and contact of bookings of events that ended before `before`; how many. */
  removeContactBefore(before: string): Promise<number>;
}
