// Public events and their bookings in either database (see event-ports.ts); the transactions
// that count places are in bookings.ts.
import { capacityCut } from '@roundtable/shared/domain/waiting-list';
import type { EventStore } from '../event-ports.ts';
import { bookIn, cancelIn, moveIn, moveUpWaiting, queueOf } from './bookings.ts';
import { cancelEventIn } from './cancel-event.ts';
import { eraseBookingIn } from './erase-bookings.ts';
import type { SqlStorage } from './connect.ts';
import { eventRow, toBooking, toEvent } from './event-rows.ts';
import { changed } from './rows.ts';
import { inTransaction } from './transaction.ts';

export function sqlEvents({ db, dialect }: SqlStorage): EventStore {
  const endedBefore = (before: string) =>
    db.selectFrom('public_events').select('id').where('ends_at', '<', before);
  return {
    async saveEvent(record) {
      return inTransaction(db, async (trx) => {
        // The event is held (as by a booking) before its bookings are counted, so a booking
        // racing this save is either counted here or sees the new capacity.
        const current = await trx
          .selectFrom('public_events')
          .selectAll()
          .where('meeting_id', '=', record.meetingId)
          .$if(dialect === 'postgres', (qb) => qb.forUpdate())
          .executeTakeFirst();
        if (current) {
          const refused = capacityCut((await queueOf(trx, current.id)).active, record.capacity);
          if (refused) return { event: toEvent(current), movedUp: [], refused };
        }
        const row = eventRow(record);
        const { id: _id, meeting_id: _m, workspace_id: _w, created_at: _c, ...change } = row;
        const sequence = record.sequence;
        await trx
          .insertInto('public_events')
          .values({ ...row, sequence: sequence ?? 0, bookings_closed: 0 })
          .onConflict((conflict) =>
            conflict
              .column('meeting_id')
              .doUpdateSet(sequence === undefined ? change : { ...change, sequence }),
          )
          .execute();
        const saved = await trx
          .selectFrom('public_events')
          .selectAll()
          .where('meeting_id', '=', record.meetingId)
          .executeTakeFirstOrThrow();
        const movedUp = await moveUpWaiting(trx, dialect, saved.id, record.updatedAt);
        return { event: toEvent(saved), movedUp, refused: null };
      });
    },
    async getEvent(id) {
      const row = await db
        .selectFrom('public_events')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toEvent(row);
    },
    async eventOfMeeting(meetingId) {
      const row = await db
        .selectFrom('public_events')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      return row && toEvent(row);
    },
    async upcomingEvents(workspaceId, now) {
      const rows = await db
        .selectFrom('public_events')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('ends_at', '>', now)
        .where('cancelled_at', 'is', null)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toEvent);
    },
    cancelEvent: (eventId, at, message) =>
      inTransaction(db, (trx) => cancelEventIn(trx, dialect, { eventId, at, message })),
    async setBookingsClosed(eventId, closed) {
      await db
        .updateTable('public_events')
        .set({ bookings_closed: closed ? 1 : 0 })
        .where('id', '=', eventId)
        .execute();
    },
    book: (record) => inTransaction(db, (trx) => bookIn(trx, dialect, record)),
    cancel: (bookingId, at) => inTransaction(db, (trx) => cancelIn(trx, dialect, bookingId, at)),
    eraseBooking: (bookingId, at) =>
      inTransaction(db, (trx) => eraseBookingIn(trx, dialect, bookingId, at)),
    move: (bookingId, toEventId, at) =>
      inTransaction(db, (trx) => moveIn(trx, dialect, { bookingId, toEventId, at })),
    async getBooking(id) {
      const row = await db
        .selectFrom('event_bookings')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toBooking(row);
    },
    async bookingByToken(tokenHash) {
      const row = await db
        .selectFrom('event_bookings')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toBooking(row);
    },
    async listBookings(eventId) {
      const rows = await db
        .selectFrom('event_bookings')
        .selectAll()
        .where('event_id', '=', eventId)
        .orderBy('seq')
        .execute();
      return rows.map(toBooking);
    },
    async setAttended(bookingId, at) {
      const result = await db
        .updateTable('event_bookings')
        .set({ attended_at: at })
        .where('id', '=', bookingId)
        .$if(at !== null, (qb) => qb.where('status', '=', 'confirmed'))
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async dueReminders(from, to) {
      const rows = await db
        .selectFrom('event_bookings')
        .innerJoin('public_events', 'public_events.id', 'event_bookings.event_id')
        .selectAll('event_bookings')
        .where('event_bookings.status', '=', 'confirmed')
        .where('event_bookings.email', 'is not', null)
        .where('event_bookings.reminded_at', 'is', null)
        .where('public_events.starts_at', '>=', from)
        .where('public_events.starts_at', '<', to)
        .execute();
      return rows.map(toBooking);
    },
    async claimReminder(bookingId, at) {
      const result = await db
        .updateTable('event_bookings')
        .set({ reminded_at: at })
        .where('id', '=', bookingId)
        .where('reminded_at', 'is', null)
        .executeTakeFirst();
      return changed(result) === 1;
    },
    async linkBooking(bookingId, personId) {
      await db
        .updateTable('event_bookings')
        .set({ person_id: personId })
        .where('id', '=', bookingId)
        .execute();
    },
    async bookingsOfPerson(personId) {
      const rows = await db
        .selectFrom('event_bookings')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('booked_at')
        .execute();
      return rows.map(toBooking);
    },
    async removeAccessNeedsBefore(before) {
      const result = await db
        .updateTable('event_bookings')
        .set({ access_needs: null })
        .where('access_needs', 'is not', null)
        .where('event_id', 'in', endedBefore(before))
        .executeTakeFirst();
      return changed(result);
    },
    async removeContactBefore(before) {
      const result = await db
        .updateTable('event_bookings')
        .set({ name: '', email: null, phone: null, token_hash: null, contact_removed: 1 })
        .where('contact_removed', '=', 0)
        .where('event_id', 'in', endedBefore(before))
        .executeTakeFirst();
      return changed(result);
    },
  };
}
