// What both sides of public events (the public's and the facilitators') share: the stores, the
// outbox, reading an event as the public sees it, and telling bookers by email.
import type { PublicEvent } from '@roundtable/shared/protocol/events';
import type { BookingRecord, EventStore, PublicEventRecord } from '../storage/event-ports.ts';
import type { WorkspaceStore } from '../storage/ports.ts';
import type { AuditLog } from './audit.ts';
import { ServiceError } from './errors.ts';
import { bookingMail, type BookingMailKind } from './event-mail.ts';
import { publicEvent, tally } from './event-views.ts';
import type { Outbox } from './outbox.ts';

export interface EventServiceOptions {
  events: EventStore;
  workspaces: WorkspaceStore;
  audit: AuditLog;
  outbox: Outbox;
  now: () => Date;
  /** PUBLIC_URL: the links in mail are made only for it. */
  publicUrl: string | undefined;
  /** An event's bookings changed: facilitators watching it are told. */
  onBookingsChanged?: (eventId: string) => void;
}

export class EventContext {
  constructor(readonly options: EventServiceOptions) {}

  get store(): EventStore {
    return this.options.events;
  }

  async event(eventId: string): Promise<PublicEventRecord> {
    const event = await this.store.getEvent(eventId);
    if (!event) throw new ServiceError('not_found', 'There is no event at this address.');
    return event;
  }

  async view(event: PublicEventRecord, bookings?: readonly BookingRecord[]): Promise<PublicEvent> {
    const workspace = await this.options.workspaces.getWorkspace(event.workspaceId);
    return publicEvent(
      event,
      workspace?.name ?? '',
      bookings ?? (await this.store.listBookings(event.id)),
    );
  }

  bookingLink(token: string | null): string | null {
    const base = this.options.publicUrl;
    return base && token ? new URL(`/bookings/${token}`, base).toString() : null;
  }

  /** Emails the booker, when they gave an address; `token` only when it is still at hand. */
  async tell(kind: BookingMailKind, booking: BookingRecord, token: string | null): Promise<void> {
    if (!booking.email) return;
    const event = await this.event(booking.eventId);
    const bookings = await this.store.listBookings(event.id);
    const mail = bookingMail(event.workspaceId, {
      kind,
      bookingId: booking.id,
      to: booking.email,
      name: booking.name,
      places: booking.places,
      queuePosition: tally(bookings).positionOf(booking.id),
      event: await this.view(event, bookings),
      link: this.bookingLink(token),
      now: this.options.now(),
    });
    await this.options.outbox.enqueue(mail);
  }

  /** Tells each person moved up from the waiting list, and the watching facilitators. */
  async movedUp(eventId: string, moved: readonly BookingRecord[]): Promise<void> {
    for (const booking of moved) await this.tell('moved-up', booking, null);
    this.options.onBookingsChanged?.(eventId);
  }
}
