// Public events as anyone sees them, without signing in: the event, a workspace's coming events,
// booking a place, and the booker's own page (by the secret in its link: seeing it, the calendar
// file, cancelling). Also what runs in the background: reminders the day before, linking
// bookings to a person who joins, and removing bookers' data after the event.
import type {
  BookingBody,
  NewBooking,
  OwnBooking,
  PublicEvent,
} from '@roundtable/shared/protocol/events';
import type { PeopleStore } from '../storage/identity-ports.ts';
import type { BookingRecord } from '../storage/event-ports.ts';
import { EventContext, type EventServiceOptions } from './event-context.ts';
import { eventCalendar } from './event-mail.ts';
import { ownBooking } from './event-views.ts';
import { ServiceError } from './errors.ts';
import { newId } from './ids.ts';
import { hashSecret, newSecret } from './secrets.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PublicEventServiceOptions extends EventServiceOptions {
  people: Pick<PeopleStore, 'getUser'>;
}

export class PublicEventService {
  private readonly context: EventContext;

  constructor(private readonly options: PublicEventServiceOptions) {
    this.context = new EventContext(options);
  }

  async read(eventId: string): Promise<PublicEvent> {
    return this.context.view(await this.context.event(eventId));
  }

  /** A workspace's public events not yet ended, soonest first (for its public page). */
  async upcoming(workspaceId: string): Promise<PublicEvent[]> {
    const now = this.options.now().toISOString();
    const events = await this.options.events.upcomingEvents(workspaceId, now);
    return Promise.all(events.map((event) => this.context.view(event)));
  }

  async book(eventId: string, body: BookingBody): Promise<NewBooking> {
    // Only a program fills in the hidden field; it is told no more than a person would be.
    if (body.website !== '')
      throw new ServiceError('bad_request', 'We could not take this booking.');
    const event = await this.context.event(eventId);
    const now = this.options.now();
    if (Date.parse(event.endsAt) <= now.getTime()) {
      throw new ServiceError(
        'conflict',
        'This event has already happened, so it cannot be booked.',
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
    if (!booking) throw new ServiceError('not_found', 'There is no event at this address.');
    await this.context.tell(
      booking.status === 'confirmed' ? 'confirmed' : 'waiting',
      booking,
      token,
    );
    this.options.onBookingsChanged?.(eventId);
    return { ...(await this.own(booking)), token };
  }

  async ownBooking(token: string): Promise<OwnBooking> {
    return this.own(await this.byToken(token));
  }

  /** Cancels by the booker's own link; cancelling twice shows the booking as cancelled. */
  async cancelOwn(token: string): Promise<OwnBooking> {
    const booking = await this.byToken(token);
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
    const event = await this.read(booking.eventId);
    const link = this.context.bookingLink(token);
    return {
      fileName: 'event.ics',
      text: eventCalendar(event, booking.id, this.options.now(), link),
    };
  }

  /**
   * Reminds everyone with a place at an event that starts within a day, once: the reminder is
   * claimed before it is sent, so two processes never both send it. Returns how many were sent.
   */
  async sendReminders(): Promise<number> {
    const now = this.options.now();
    const due = await this.options.events.dueReminders(
      now.toISOString(),
      new Date(now.getTime() + DAY_MS).toISOString(),
    );
    let sent = 0;
    for (const booking of due) {
      if (!(await this.options.events.claimReminder(booking.id, now.toISOString()))) continue;
      await this.context.tell('reminder', booking, null);
      sent += 1;
    }
    return sent;
  }

  /** A person joined or signed in: bookings made with their email address become theirs. */
  async linkPerson(personId: string): Promise<number> {
    const person = await this.options.people.getUser(personId);
    if (!person?.email) return 0;
    const linked = await this.options.events.linkToPerson(person.email, personId);
    if (linked > 0) {
      await this.options.audit.record({
        actorId: null,
        action: 'event.bookings-linked',
        subject: personId,
        details: { bookings: linked },
      });
    }
    return linked;
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
