// An erased person's bookings (linked to them, or made with their email address): those for
// events still to come are cancelled first (the waiting list moves up), then every one keeps
// only its places and whether they came; name, contact, access needs and link go.
import { sql } from 'kysely';
import { cancelIn } from './bookings.ts';
import type { SqlDialect } from './connect.ts';
import type { SqlTransaction } from './transaction.ts';

export async function eraseBookings(
  trx: SqlTransaction,
  dialect: SqlDialect,
  person: { id: string; email: string | null },
  at: string,
): Promise<void> {
  const email = person.email?.toLowerCase() ?? null;
  const theirs = () =>
    trx
      .selectFrom('event_bookings')
      .where((eb) =>
        eb.or([
          eb('person_id', '=', person.id),
          ...(email ? [eb(sql<string>`lower(email)`, '=', email)] : []),
        ]),
      );
  const coming = await theirs()
    .innerJoin('public_events', 'public_events.id', 'event_bookings.event_id')
    .select('event_bookings.id')
    .where('event_bookings.status', '!=', 'cancelled')
    .where('public_events.ends_at', '>', at)
    .execute();
  for (const { id } of coming) await cancelIn(trx, dialect, id, at);
  const ids = (await theirs().select('id').execute()).map((row) => row.id);
  if (ids.length === 0) return;
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
}
