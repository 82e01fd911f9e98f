// Public events as anyone sees them, without signing in: the event, a workspace's coming events,
// booking a place, and the booker's own page (by the secret in its link: seeing it, the calendar
// file, cancelling, keeping it with the account of the person signed in). Also what runs in the
// background: reminders the day before, and removing bookers' data after the event.
import type {
  BookingBody,
  NewBooking,
  OwnBooking,
  PublicEvent,
} from '@roundtable/shared/protocol/events';
import type { BookingRecord, PublicEventRecord } from '../storage/event-ports.ts';
import type { PublicPageStore } from '../storage/recruiting-ports.ts';
import { signedIn, type AuthContext } from './auth-context.ts';
import { EventContext, type EventServiceOptions } from './event-context.ts';
import { eventCalendar } from './event-mail.ts';
import { ownBooking } from './event-views.ts';
import { refuseUnlessListed } from './public-pages.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import { hashSecret, newSecret } from './secrets.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function refuseUnlessTakingBookings(event: PublicEventRecord): void {
  if (event.cancelledAt) {
    throw new ServiceError('conflict', 'This event is cancelled, so it cannot be booked.');
  }
  if (event.bookingsClosed) {
    throw new ServiceError('conflict', 'This event is not taking bookings any more.');
  }
}

export interface PublicEventServiceOptions extends EventServiceOptions {
  publicPages: Pick<PublicPageStore, 'getPublicPage'>;
}

export class PublicEventService {
  private readonly context: EventContext;

  constructor(private readonly options: PublicEventServiceOptions) {
    this.context = new EventContext(options);
  }

  async read(eventId: string): Promise<PublicEvent> {
    return this.context.view(await this.context.event(eventId));
  }

  /**
   * The list anyone may read: only while the workspace's public page is on (else, as for a
   * workspace that does not exist, there is none); its facilitators always (to move bookings).
   */
  async listed(auth: AuthContext, workspaceId: string): Promise<PublicEvent[]> {
    await refuseUnlessListed(this.options.publicPages, auth, workspaceId, 'meeting:run');
    return this.upcoming(workspaceId);
  }

  /** A workspace's public events not yet ended, soonest first (for its public page). */
  async upcoming(workspaceId: string): Promise<PublicEvent[]> {
    const now = this.options.now().toISOString();
    const events = await this.options.events.upcomingEvents(workspaceId, now);
    return Promise.all(events.map((event) => this.context.view(event)));
  }

  async book(eventId: string, body: BookingBody): Promise<NewBooking> {
    const event = await this.context.event(eventId);
    // Only a program fills in the hidden field: it is answered as if booked, and nothing is kept.
    if (body.website !== '') return this.madeUpBooking(event, body);
    const now = this.options.now();
    if (Date.parse(event.endsAt) <= now.getTime()) {
      throw new ServiceError(
        'conflict',
        'This event has already happened, so it cannot be booked.',
      );
    }
    refuseUnlessTakingBookings(event);
    if (body.places > event.capacity) {
      throw new ServiceError(
        'bad_request',
        `This event has ${event.capacity} ${event.capacity === 1 ? 'place' : 'places'}, so you can book at most ${event.capacity}.`,
      );
    }
    const token = newSecret();
    const booking = await this.options.events.book({
      id: newId(),
      eventId,
      name: body.name,
      email: body.email || null,
      phone: body.phone || null,
      accessNeeds: body.accessNeeds || null,
      places: body.places,
      tokenHash: hashSecret(token),
      personId: null,
      bookedAt: now.toISOString(),
    });
    if (booking === 'already-booked') {
      throw new ServiceError(
        'conflict',
        'You have already booked this event with this email address or phone number. To change your booking, use the link in your confirmation.',
      );
    }
    // Taken down or closed while this booking was on its way: say which.
    if (!booking) refuseUnlessTakingBookings(await this.context.event(eventId));
    if (!booking) throw new ServiceError('not_found', 'There is no event at this address.');
    await this.context.tell(
      booking.status === 'confirmed' ? 'confirmed' : 'waiting',
      booking,
      token,
    );
    this.options.onBookingsChanged?.(eventId);
    return { ...(await this.own(booking)), token };
  }

  private async madeUpBooking(event: PublicEventRecord, body: BookingBody): Promise<NewBooking> {
    const view = await this.context.view(event);
    const fits = view.waiting === 0 && body.places <= view.placesLeft;
    return {
      ...{ name: body.name, places: body.places, keptWithAccount: false, event: view },
      ...(fits
        ? { status: 'confirmed', queuePosition: null }
        : { status: 'waiting', queuePosition: view.waiting + 1 }),
      token: newSecret(),
    };
  }

  async ownBooking(token: string): Promise<OwnBooking> {
    return this.own(await this.byToken(token));
  }

  /** Cancels by the booker's own link; cancelling twice shows the booking as cancelled. */
  async cancelOwn(token: string): Promise<OwnBooking> {
    const booking = await this.byToken(token);
    const event = await this.context.event(booking.eventId);
    if (
      booking.status !== 'cancelled' &&
      Date.parse(event.endsAt) <= this.options.now().getTime()
    ) {
      throw new ServiceError(
        'conflict',
        'This event has already happened, so the booking cannot be cancelled.',
      );
    }
    const change = await this.options.events.cancel(booking.id, this.options.now().toISOString());
    if (change) await this.context.movedUp(booking.eventId, change.movedUp);
    return this.own(change?.booking ?? booking);
  }

  /** The calendar file of a booking that still stands. */
  async calendar(token: string): Promise<{ fileName: string; text: string }> {
    const booking = await this.byToken(token);
    if (booking.status === 'cancelled') {
      throw new ServiceError('not_found', 'This booking was cancelled.');
    }
    const record = await this.context.event(booking.eventId);
    const event = await this.context.view(record);
    const link = this.context.bookingLink(token);
    const calendar = { id: booking.id, sequence: record.sequence };
    return {
      fileName: 'event.ics',
      text: eventCalendar(event, calendar, this.options.now(), link),
    };
  }

  /** Tells people moved up from waiting lists by something else (an erasure). */
  tellMovedUp(moved: readonly BookingRecord[]): Promise<void> {
    return this.context.movedUpOnEvents(moved);
  }

  /**
   * Reminds everyone with a place at an event that starts within a day, once: the reminder is
   * claimed before it is sent, so two processes never both send it. Returns how many were sent.
   * Whoever got their place within the day before (booked or moved up) just had a mail with
   * the calendar file, so is not reminded.
   */
  async sendReminders(): Promise<number> {
    const now = this.options.now();
    const due = await this.options.events.dueReminders(
      now.toISOString(),
      new Date(now.getTime() + DAY_MS).toISOString(),
    );
    const starts = new Map<string, number>();
    for (const booking of due) {
      if (!starts.has(booking.eventId)) {
        starts.set(
          booking.eventId,
          Date.parse((await this.context.event(booking.eventId)).startsAt),
        );
      }
    }
    let sent = 0;
    for (const booking of due) {
      const placeSince = Date.parse(booking.movedUpAt ?? booking.bookedAt);
      if (placeSince >= (starts.get(booking.eventId) ?? 0) - DAY_MS) continue;
      if (!(await this.options.events.claimReminder(booking.id, now.toISOString()))) continue;
      await this.context.tell('reminder', booking, null);
      sent += 1;
    }
    return sent;
  }

  /**
   * Keeps the booking with the signed-in person's account (in their copy of their data, gone
   * when they are erased). Only from the booking's own link: its secret proves it is theirs,
   * where an email address proves nothing.
   */
  async keepWithAccount(auth: AuthContext, token: string): Promise<OwnBooking> {
    const personId = signedIn(auth);
    const booking = await this.byToken(token);
    if (booking.personId === personId) return this.own(booking);
    if (booking.personId !== null) {
      throw new ServiceError('conflict', 'This booking is already kept with another account.');
    }
    await this.options.events.linkBooking(booking.id, personId);
    const event = await this.context.event(booking.eventId);
    await this.options.audit.record({
      actorId: personId,
      workspaceId: event.workspaceId,
      action: 'event.booking-linked',
      subject: personId,
      details: { eventId: event.id, bookingId: booking.id },
    });
    return this.own({ ...booking, personId });
  }

  /** Access needs, then names and contact, of bookings of events past keeping. */
  async removePast(keep: { accessNeedsDays: number; contactDays: number }) {
    const now = this.options.now().getTime();
    const ago = (days: number) => new Date(now - days * DAY_MS).toISOString();
    return {
      accessNeeds: await this.options.events.removeAccessNeedsBefore(ago(keep.accessNeedsDays)),
      contacts: await this.options.events.removeContactBefore(ago(keep.contactDays)),
    };
  }

  /** A person's bookings, for a copy of their data. */
  bookingsOf(personId: string): Promise<BookingRecord[]> {
    return this.options.events.bookingsOfPerson(personId);
  }

  private async byToken(token: string): Promise<BookingRecord> {
    const booking = await this.options.events.bookingByToken(hashSecret(token));
    if (!booking) {
      throw new ServiceError(
        'not_found',
        'We cannot find this booking. The link may be wrong, or the booking was removed after the event.',
      );
    }
    return booking;
  }

  private async own(booking: BookingRecord): Promise<OwnBooking> {
    const event = await this.context.event(booking.eventId);
    const bookings = await this.options.events.listBookings(event.id);
    return ownBooking(booking, await this.context.view(event, bookings), bookings);
  }
}
