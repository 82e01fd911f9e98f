// Taking a public event down, in one transaction holding the event: it is marked cancelled and
// every booking still standing (with a place or waiting) is cancelled with it.
import type { BookingRecord, PublicEventRecord } from '../event-ports.ts';
import { holdEvent } from './bookings.ts';
import type { SqlDialect } from './connect.ts';
import { toBooking, toEvent } from './event-rows.ts';
import type { SqlTransaction } from './transaction.ts';

export async function cancelEventIn(
  trx: SqlTransaction,
  dialect: SqlDialect,
  input: { eventId: string; at: string; message: string },
): Promise<{ event: PublicEventRecord; cancelled: BookingRecord[] } | undefined> {
  if ((await holdEvent(trx, dialect, input.eventId)) === undefined) return undefined;
  const taken = await trx
    .updateTable('public_events')
    .set({ cancelled_at: input.at, cancel_message: input.message })
    .where('id', '=', input.eventId)
    .where('cancelled_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!taken) return undefined;
  const standing = await trx
    .selectFrom('event_bookings')
    .selectAll()
    .where('event_id', '=', input.eventId)
    .where('status', '!=', 'cancelled')
    .orderBy('seq')
    .execute();
  await trx
    .updateTable('event_bookings')
    .set({ status: 'cancelled', cancelled_at: input.at, attended_at: null })
    .where('event_id', '=', input.eventId)
    .where('status', '!=', 'cancelled')
    .execute();
  return { event: toEvent(taken), cancelled: standing.map(toBooking) };
}
