// An erased person's bookings (those linked to them; never matched by email address, which
// proves nothing about who made a booking): those for
// events still to come are cancelled first (the waiting list moves up), then every one keeps
// only its places and whether they came; name, contact, access needs and link go. Returns the
// people moved up, so they can be told.
import { ERASED_BOOKER_NAME } from '@roundtable/shared/protocol/events';
import type { BookingChange, BookingRecord } from '../event-ports.ts';
import { cancelIn } from './bookings.ts';
import type { SqlDialect } from './connect.ts';
import { toBooking } from './event-rows.ts';
import type { SqlTransaction } from './transaction.ts';

export async function eraseBookings(
  trx: SqlTransaction,
  dialect: SqlDialect,
  person: { id: string },
  at: string,
): Promise<BookingRecord[]> {
  const theirs = () => trx.selectFrom('event_bookings').where('person_id', '=', person.id);
  const coming = await theirs()
    .innerJoin('public_events', 'public_events.id', 'event_bookings.event_id')
    .select('event_bookings.id')
    .where('event_bookings.status', '!=', 'cancelled')
    .where('public_events.ends_at', '>', at)
    .execute();
  const movedUp: BookingRecord[] = [];
  for (const { id } of coming)
    movedUp.push(...((await cancelIn(trx, dialect, id, at))?.movedUp ?? []));
  const ids = (await theirs().select('id').execute()).map((row) => row.id);
  if (ids.length === 0) return movedUp;
  await trx
    .updateTable('event_bookings')
    .set({
      name: '',
      email: null,
      phone: null,
      access_needs: null,
      token_hash: null,
      person_id: null,
      contact_removed: 1,
    })
    .where('id', 'in', ids)
    .execute();
  // Someone moved up by one of their bookings and then erased by another is not told.
  return movedUp.filter((booking) => !ids.includes(booking.id));
}

/**
 * A booker asked a facilitator to be erased: a standing booking of an event not yet ended is
 * cancelled as a facilitator's cancel does (the waiting list moves up), then its name, contact,
 * access needs, link and whether they came go; places and status stay. Undefined when there is no such booking or its details
 * are already gone (erased before, or removed after the event).
 */
export async function eraseBookingIn(
  trx: SqlTransaction,
  dialect: SqlDialect,
  bookingId: string,
  at: string,
): Promise<BookingChange | undefined> {
  const row = await trx
    .selectFrom('event_bookings')
    .innerJoin('public_events', 'public_events.id', 'event_bookings.event_id')
    .select(['event_bookings.contact_removed', 'public_events.ends_at'])
    .where('event_bookings.id', '=', bookingId)
    .executeTakeFirst();
  if (!row || row.contact_removed) return undefined;
  // After the event nothing is freed, and nobody should be told of a place at an event gone by.
  const coming = new Date(row.ends_at).getTime() > Date.parse(at);
  const change = coming ? await cancelIn(trx, dialect, bookingId, at) : undefined;
  const erased = await trx
    .updateTable('event_bookings')
    .set({
      name: ERASED_BOOKER_NAME,
      email: null,
      phone: null,
      access_needs: null,
      token_hash: null,
      person_id: null,
      attended_at: null,
      contact_removed: 1,
    })
    .where('id', '=', bookingId)
    .where('contact_removed', '=', 0)
    .returningAll()
    .executeTakeFirst();
  if (!erased) return undefined;
  return { booking: toBooking(erased), movedUp: change?.movedUp ?? [] };
}
