// What facilitators do with public events: make a meeting public (or change its event), see the
// bookings with access needs and the waiting list, cancel or move a booking, and mark who came.
// Every change is in the audit log; every id is checked to belong to the event's workspace.
import { can } from '@roundtable/shared/domain/policy';
import type {
  EventBookings,
  MeetingEvent,
  PublicEventBody,
} from '@roundtable/shared/protocol/events';
import type { MeetingStore } from '../storage/meeting-ports.ts';
import type { BookingRecord, PublicEventRecord } from '../storage/event-ports.ts';
import { authorize, signedIn, type AuthContext } from './auth-context.ts';
import { EventContext, type EventServiceOptions } from './event-context.ts';
import { eventBooking } from './event-views.ts';
import { ServiceError } from './errors.ts';
import { capacityCutError, refuseEventDates, refuseMoveTooBig } from './event-rules.ts';
import { newId } from './ids.ts';

const timeOrPlaceChanged = (
  before: PublicEventRecord,
  after: { startsAt: string; endsAt: string; place: string },
) =>
  before.startsAt !== after.startsAt ||
  before.endsAt !== after.endsAt ||
  before.place !== after.place;

export interface EventBookingServiceOptions extends EventServiceOptions {
  meetings: Pick<MeetingStore, 'getMeeting'>;
}

export class EventBookingService {
  private readonly context: EventContext;

  constructor(private readonly options: EventBookingServiceOptions) {
    this.context = new EventContext(options);
  }

  /**
   * Makes the meeting a public event, or changes its event (a bigger capacity moves people up).
   * A new time or place raises the calendar revision, and everyone booked is told what changed.
   */
  async save(auth: AuthContext, meetingId: string, body: PublicEventBody): Promise<MeetingEvent> {
    const meeting = await this.meeting(auth, meetingId);
    const actorId = signedIn(auth);
    const existing = await this.options.events.eventOfMeeting(meetingId);
    if (existing?.cancelledAt) {
      throw new ServiceError('conflict', 'This event was cancelled, so it cannot be changed.');
    }
    const now = this.options.now().toISOString();
    refuseEventDates(this.options.now(), !existing, body);
    const details = {
      ...body,
      startsAt: new Date(body.startsAt).toISOString(),
      endsAt: new Date(body.endsAt).toISOString(),
    };
    const moved = existing && timeOrPlaceChanged(existing, details);
    // Places booked are counted by the store under the same hold as a booking, so a booking
    // racing this save can never leave the event overbooked.
    const { event, movedUp, refused } = await this.options.events.saveEvent({
      id: existing?.id ?? newId(),
      meetingId,
      workspaceId: meeting.workspaceId,
      ...details,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      ...(moved ? { sequence: existing.sequence + 1 } : {}),
    });
    if (refused) throw capacityCutError(refused);
    await this.options.audit.record({
      actorId,
      workspaceId: event.workspaceId,
      action: existing ? 'event.changed' : 'event.made-public',
      details: {
        ...{ eventId: event.id, meetingId, capacity: event.capacity },
        ...(moved ? { startsAt: event.startsAt, place: event.place } : {}),
      },
    });
    if (moved) await this.tellAll(event.id, 'changed', { before: existing });
    await this.context.movedUp(event.id, movedUp);
    return this.ofMeeting(auth, meetingId);
  }

  /** Takes the event down: every booking is cancelled and told, with the facilitator's message. */
  async cancelEvent(auth: AuthContext, eventId: string, message: string): Promise<EventBookings> {
    await this.eventToRun(auth, eventId);
    const taken = await this.options.events.cancelEvent(
      eventId,
      this.options.now().toISOString(),
      message,
    );
    if (!taken) throw new ServiceError('conflict', 'This event is already cancelled.');
    await this.options.audit.record({
      actorId: signedIn(auth),
      workspaceId: taken.event.workspaceId,
      action: 'event.cancelled',
      details: { eventId, bookings: taken.cancelled.length },
    });
    for (const booking of taken.cancelled) {
      await this.context.tell('event-cancelled', booking, null, { message });
    }
    this.options.onBookingsChanged?.(eventId);
    return this.bookings(auth, eventId);
  }

  /** Stops taking new bookings (the event and its bookings stand), or starts again. */
  async setBookingsOpen(auth: AuthContext, eventId: string, open: boolean): Promise<EventBookings> {
    const event = await this.eventToRun(auth, eventId);
    if (event.cancelledAt) throw new ServiceError('conflict', 'This event is cancelled.');
    await this.options.events.setBookingsClosed(eventId, !open);
    await this.options.audit.record({
      actorId: signedIn(auth),
      workspaceId: event.workspaceId,
      action: open ? 'event.bookings-opened' : 'event.bookings-closed',
      details: { eventId },
    });
    this.options.onBookingsChanged?.(eventId);
    return this.bookings(auth, eventId);
  }

  /** Tells everyone still booked (with a place or waiting). */
  private async tellAll(
    eventId: string,
    kind: 'changed',
    more: Parameters<EventContext['tell']>[3],
  ): Promise<void> {
    const bookings = await this.options.events.listBookings(eventId);
    for (const booking of bookings.filter((b) => b.status !== 'cancelled')) {
      await this.context.tell(kind, booking, null, more);
    }
  }

  async ofMeeting(auth: AuthContext, meetingId: string): Promise<MeetingEvent> {
    const { title, startsAt, place } = await this.meeting(auth, meetingId);
    const event = await this.options.events.eventOfMeeting(meetingId);
    return {
      event: event
        ? { ...(await this.context.view(event)), meetingId, workspaceId: event.workspaceId }
        : null,
      meeting: { title, startsAt, place },
    };
  }

  async bookings(auth: AuthContext, eventId: string): Promise<EventBookings> {
    const event = await this.eventToRun(auth, eventId);
    const bookings = await this.options.events.listBookings(eventId);
    const seesAccessNeeds = can(auth.actor, 'meeting:read-access-needs', {
      workspaceId: event.workspaceId,
    });
    return {
      event: { ...(await this.context.view(event, bookings)), workspaceId: event.workspaceId },
      bookings: bookings.map((b) => eventBooking(b, bookings, seesAccessNeeds)),
    };
  }

  /** Whether this person may be told live when the event's bookings change. */
  async mayWatch(auth: AuthContext, eventId: string): Promise<void> {
    await this.eventToRun(auth, eventId);
  }

  async cancel(auth: AuthContext, eventId: string, bookingId: string): Promise<EventBookings> {
    const booking = await this.booking(auth, eventId, bookingId);
    const change = await this.options.events.cancel(booking.id, this.options.now().toISOString());
    if (change) {
      await this.audited(auth, booking, 'event.booking-cancelled', {});
      await this.context.tell('cancelled', change.booking, null);
      await this.context.movedUp(eventId, change.movedUp);
    }
    return this.bookings(auth, eventId);
  }

  async move(
    auth: AuthContext,
    eventId: string,
    bookingId: string,
    toEventId: string,
  ): Promise<EventBookings> {
    const booking = await this.booking(auth, eventId, bookingId);
    const from = await this.context.event(eventId);
    const to = await this.options.events.getEvent(toEventId);
    if (!to || to.workspaceId !== from.workspaceId) {
      throw new ServiceError('not_found', 'There is no such event in this workspace.');
    }
    const now = this.options.now().toISOString();
    const refuseUnlessStanding = (event: PublicEventRecord) => {
      if (event.cancelledAt || Date.parse(event.endsAt) <= Date.parse(now)) {
        throw new ServiceError(
          'conflict',
          'That event is cancelled or has ended, so a booking cannot be moved to it.',
        );
      }
    };
    refuseUnlessStanding(to);
    refuseMoveTooBig(booking, to);
    if (to.id === from.id)
      throw new ServiceError('conflict', 'The booking is already for this event.');
    const change = await this.options.events.move(booking.id, to.id, now);
    // Taken down while this move was on its way: say so.
    const toNow = change ? to : await this.context.event(to.id);
    if (!change) refuseUnlessStanding(toNow);
    if (!change) refuseMoveTooBig(booking, toNow);
    if (!change)
      throw new ServiceError('conflict', 'This booking was cancelled, so it cannot be moved.');
    await this.audited(auth, booking, 'event.booking-moved', { toEventId: to.id });
    await this.context.tell(
      change.booking.status === 'confirmed' ? 'confirmed' : 'waiting',
      change.booking,
      null,
    );
    await this.context.movedUp(eventId, change.movedUp);
    this.options.onBookingsChanged?.(to.id);
    return this.bookings(auth, eventId);
  }

  async setAttendance(
    auth: AuthContext,
    eventId: string,
    bookingId: string,
    attended: boolean,
  ): Promise<EventBookings> {
    const booking = await this.booking(auth, eventId, bookingId);
    const at = attended ? this.options.now().toISOString() : null;
    if (!(await this.options.events.setAttended(booking.id, at))) {
      throw new ServiceError(
        'conflict',
        'Only someone with a place can be marked as here. This booking is waiting or cancelled.',
      );
    }
    await this.audited(auth, booking, attended ? 'event.attended' : 'event.not-attended', {});
    this.options.onBookingsChanged?.(eventId);
    return this.bookings(auth, eventId);
  }

  private async meeting(auth: AuthContext, meetingId: string) {
    const stored = await this.options.meetings.getMeeting(meetingId);
    if (!stored) throw new ServiceError('not_found', 'There is no meeting with this id');
    authorize(auth, 'meeting:run', { workspaceId: stored.state.workspaceId });
    return stored.state;
  }

  private async eventToRun(auth: AuthContext, eventId: string): Promise<PublicEventRecord> {
    const event = await this.context.event(eventId);
    authorize(auth, 'meeting:run', { workspaceId: event.workspaceId });
    return event;
  }

  /** The booking, if it is one of this event's (an id from elsewhere is not found). */
  async booking(auth: AuthContext, eventId: string, bookingId: string) {
    await this.eventToRun(auth, eventId);
    const booking = await this.options.events.getBooking(bookingId);
    if (!booking || booking.eventId !== eventId) {
      throw new ServiceError('not_found', 'There is no such booking for this event.');
    }
    return booking;
  }

  async audited(
    auth: AuthContext,
    booking: BookingRecord,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const event = await this.context.event(booking.eventId);
    await this.options.audit.record({
      actorId: signedIn(auth),
      workspaceId: event.workspaceId,
      action,
      subject: booking.personId,
      details: { eventId: event.id, bookingId: booking.id, ...details },
    });
  }
}
