// Booking, cancelling and moving in one transaction each, holding the event: on Postgres its row
// is locked (FOR UPDATE), on SQLite the one connection is held. So the places counted are the
// places stored, and two people booking the last place at once never both get it.
import { sameContact } from '@roundtable/shared/domain/booking-contact';
import { fitsNow, whoMovesUp } from '@roundtable/shared/domain/waiting-list';
import type { BookingStatus } from '@roundtable/shared/protocol/events';
import type { BookingChange, BookingRecord, NewBookingRecord } from '../event-ports.ts';
import type { SqlDialect } from './connect.ts';
import { toBooking } from './event-rows.ts';
import type { SqlTransaction } from './transaction.ts';

/**
 * Locks the event for the rest of the transaction; its capacity, or undefined if none (or, with
 * `takingBookings`, if it was taken down or closed to bookings meanwhile; with `standingAt`, if
 * it was taken down or has ended by then).
 */
export async function holdEvent(
  trx: SqlTransaction,
  dialect: SqlDialect,
  eventId: string,
  { takingBookings = false, standingAt }: { takingBookings?: boolean; standingAt?: string } = {},
): Promise<number | undefined> {
  const row = await trx
    .selectFrom('public_events')
    .select(['capacity', 'cancelled_at', 'bookings_closed', 'ends_at'])
    .where('id', '=', eventId)
    .$if(dialect === 'postgres', (qb) => qb.forUpdate())
    .executeTakeFirst();
  if (takingBookings && (row?.cancelled_at || row?.bookings_closed)) return undefined;
  const ended = row && new Date(row.ends_at).getTime() <= Date.parse(standingAt ?? '');
  if (standingAt && (row?.cancelled_at || ended)) return undefined;
  return row?.capacity;
}

export async function queueOf(trx: SqlTransaction, eventId: string) {
  const rows = await trx
    .selectFrom('event_bookings')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('status', '!=', 'cancelled')
    .orderBy('seq')
    .execute();
  const bookings = rows.map(toBooking);
  const taken = bookings
    .filter((b) => b.status === 'confirmed')
    .reduce((sum, b) => sum + b.places, 0);
  return { taken, waiting: bookings.filter((b) => b.status === 'waiting'), active: bookings };
}

async function nextSeq(trx: SqlTransaction, eventId: string): Promise<number> {
  const row = await trx
    .selectFrom('event_bookings')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** Confirms, in order, the waiting bookings the free places now take. */
export async function moveUpWaiting(
  trx: SqlTransaction,
  dialect: SqlDialect,
  eventId: string,
  at: string,
): Promise<BookingRecord[]> {
  const capacity = await holdEvent(trx, dialect, eventId);
  if (capacity === undefined) return [];
  const { taken, waiting } = await queueOf(trx, eventId);
  const moved = whoMovesUp(capacity - taken, waiting);
  for (const booking of moved) {
    await trx
      .updateTable('event_bookings')
      .set({ status: 'confirmed', moved_up_at: at })
      .where('id', '=', booking.id)
      .execute();
  }
  return moved.map((b) => ({ ...b, status: 'confirmed', movedUpAt: at }));
}

export async function bookIn(
  trx: SqlTransaction,
  dialect: SqlDialect,
  record: NewBookingRecord,
): Promise<BookingRecord | 'already-booked' | undefined> {
  const capacity = await holdEvent(trx, dialect, record.eventId, { takingBookings: true });
  if (capacity === undefined) return undefined;
  const { taken, waiting, active } = await queueOf(trx, record.eventId);
  if (active.some((booking) => sameContact(booking, record))) return 'already-booked';
  const status = fitsNow(capacity - taken, waiting.length, record.places) ? 'confirmed' : 'waiting';
  const row = {
    id: record.id,
    event_id: record.eventId,
    seq: await nextSeq(trx, record.eventId),
    name: record.name,
    email: record.email,
    phone: record.phone,
    access_needs: record.accessNeeds,
    places: record.places,
    status,
    token_hash: record.tokenHash,
    person_id: record.personId,
    booked_at: record.bookedAt,
    moved_up_at: null,
    cancelled_at: null,
    attended_at: null,
    reminded_at: null,
    contact_removed: 0,
  };
  await trx.insertInto('event_bookings').values(row).execute();
  return toBooking(row);
}

async function activeBooking(trx: SqlTransaction, bookingId: string) {
  const row = await trx
    .selectFrom('event_bookings')
    .selectAll()
    .where('id', '=', bookingId)
    .executeTakeFirst();
  return row && row.status !== 'cancelled' ? toBooking(row) : undefined;
}

export async function cancelIn(
  trx: SqlTransaction,
  dialect: SqlDialect,
  bookingId: string,
  at: string,
): Promise<BookingChange | undefined> {
  const found = await activeBooking(trx, bookingId);
  if (!found) return undefined;
  await holdEvent(trx, dialect, found.eventId);
  // Read again under the lock: another cancel may have come first.
  const booking = await activeBooking(trx, bookingId);
  if (!booking) return undefined;
  await trx
    .updateTable('event_bookings')
    .set({ status: 'cancelled', cancelled_at: at, attended_at: null })
    .where('id', '=', bookingId)
    .execute();
  const movedUp = await moveUpWaiting(trx, dialect, booking.eventId, at);
  const cancelled = { ...booking, status: 'cancelled' as const, cancelledAt: at, attendedAt: null };
  return { booking: cancelled, movedUp };
}

export async function moveIn(
  trx: SqlTransaction,
  dialect: SqlDialect,
  input: { bookingId: string; toEventId: string; at: string },
): Promise<BookingChange | undefined> {
  const found = await activeBooking(trx, input.bookingId);
  if (!found || found.eventId === input.toEventId) return undefined;
  // Both events held, in one order whoever moves, so two moves never wait for each other.
  const [first, second] = [found.eventId, input.toEventId].sort();
  for (const id of [first, second]) if (id) await holdEvent(trx, dialect, id);
  const booking = await activeBooking(trx, input.bookingId);
  const capacity = await holdEvent(trx, dialect, input.toEventId, { standingAt: input.at });
  // A booking bigger than the event would wait at the head of its queue for ever.
  if (!booking || capacity === undefined || booking.places > capacity) return undefined;
  const { taken, waiting } = await queueOf(trx, input.toEventId);
  const status: BookingStatus = fitsNow(capacity - taken, waiting.length, booking.places)
    ? 'confirmed'
    : 'waiting';
  const seq = await nextSeq(trx, input.toEventId);
  await trx
    .updateTable('event_bookings')
    .set({ event_id: input.toEventId, seq, status, reminded_at: null })
    .where('id', '=', booking.id)
    .execute();
  const movedUp = await moveUpWaiting(trx, dialect, booking.eventId, input.at);
  const moved = { ...booking, eventId: input.toEventId, seq, status, remindedAt: null };
  return { booking: moved, movedUp };
}
