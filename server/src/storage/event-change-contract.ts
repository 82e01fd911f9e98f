// Contract cases for changes to a public event after it is public, run inside storeContract for
// every store: taking it down cancels every standing booking at once (and only once), closing it
// to bookings keeps it, and the calendar revision is kept unless a new one is given.
import { newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import { expect, it } from 'vitest';
import { at, uniqueId } from './contract-fixtures.ts';
import type { Store } from './ports.ts';
import type { BookingRecord } from './event-ports.ts';

const venue = { stepFree: false, hearingLoop: false, quietRoom: false, parking: false, other: '' };

export function eventChangeContract(current: () => Store): void {
  async function newEvent(capacity: number) {
    const store = current();
    const workspaceId = uniqueId('ws');
    await store.workspaces.createWorkspace({ id: workspaceId, name: 'Forum', createdAt: at(0) });
    const meeting = newMeeting({
      ...{ id: uniqueId('m'), workspaceId, title: 'Launch', startsAt: at(60), place: '' },
      ...{ documentIds: [], agenda: [] },
    });
    await store.meetings.createMeeting(meeting);
    const record = {
      ...{ id: uniqueId('ev'), meetingId: meeting.id, workspaceId, title: 'Launch' },
      ...{ startsAt: at(60), endsAt: at(180), place: 'Hall', venue, whatToExpect: '', capacity },
      ...{ createdAt: at(1), updatedAt: at(1) },
    };
    return (await store.events.saveEvent(record)).event;
  }
  const newBooking = (eventId: string, name: string) => ({
    ...{ id: uniqueId('b'), eventId, name, email: `${name}@example.org`, phone: null },
    ...{ accessNeeds: null, places: 1, tokenHash: uniqueId('h'), personId: null },
    bookedAt: at(2),
  });
  const book = async (eventId: string, name: string) =>
    (await current().events.book(newBooking(eventId, name))) as BookingRecord;

  it('starts open at revision 0, and keeps the revision unless a new one is given', async () => {
    const event = await newEvent(2);
    expect(event).toMatchObject({ cancelledAt: null, bookingsClosed: false, sequence: 0 });
    const store = current().events;
    expect(
      (await store.saveEvent({ ...event, place: 'Library', sequence: 1 })).event.sequence,
    ).toBe(1);
    const { sequence: _s, ...details } = event;
    expect((await store.saveEvent({ ...details, title: 'Launch day' })).event).toMatchObject({
      sequence: 1,
      title: 'Launch day',
    });
  });

  it('takes an event down once, cancelling every standing booking, and lists it no more', async () => {
    const event = await newEvent(1);
    const store = current().events;
    const ana = await book(event.id, 'ana');
    const ben = await book(event.id, 'ben');
    const gone = await book(event.id, 'cy');
    await store.cancel(gone.id, at(3));
    const taken = await store.cancelEvent(event.id, at(4), 'Sorry, the hall flooded.');
    expect(taken?.event).toMatchObject({
      cancelledAt: at(4),
      cancelMessage: 'Sorry, the hall flooded.',
    });
    expect(taken?.cancelled.map((b) => [b.id, b.status])).toEqual([
      [ana.id, 'confirmed'],
      [ben.id, 'waiting'],
    ]);
    expect((await store.listBookings(event.id)).map((b) => b.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(await store.cancelEvent(event.id, at(5), 'Again')).toBeUndefined();
    expect(await store.book(newBooking(event.id, 'dee'))).toBeUndefined();
    expect(await store.cancelEvent('no-such-event', at(5), 'Again')).toBeUndefined();
    expect(await store.upcomingEvents(event.workspaceId, at(0))).toEqual([]);
    expect(await store.dueReminders(at(0), at(60 * 24))).toEqual([]);
  });

  it('closes an event to new bookings and opens it again, keeping it listed', async () => {
    const event = await newEvent(1);
    const store = current().events;
    await store.setBookingsClosed(event.id, true);
    expect((await store.getEvent(event.id))?.bookingsClosed).toBe(true);
    expect(await store.book(newBooking(event.id, 'ana'))).toBeUndefined();
    expect((await store.upcomingEvents(event.workspaceId, at(0))).map((e) => e.id)).toEqual([
      event.id,
    ]);
    await store.setBookingsClosed(event.id, false);
    expect((await store.getEvent(event.id))?.bookingsClosed).toBe(false);
  });

  it('marks only a booking with a place as here, clears it on a cancel, and moves only into a standing event', async () => {
    const store = current().events;
    const event = await newEvent(1);
    const ana = await book(event.id, 'ana');
    const ben = await book(event.id, 'ben');
    expect(await store.setAttended(ben.id, at(5))).toBe(false);
    expect(await store.setAttended(ana.id, at(5))).toBe(true);
    expect((await store.cancel(ana.id, at(6)))?.booking.attendedAt).toBeNull();
    expect((await store.getBooking(ana.id))?.attendedAt).toBeNull();
    const ended = await newEvent(4);
    expect(await store.move(ben.id, ended.id, at(200))).toBeUndefined();
    const taken = await newEvent(4);
    await store.cancelEvent(taken.id, at(7), 'Sorry');
    expect(await store.move(ben.id, taken.id, at(8))).toBeUndefined();
    expect((await store.getBooking(ben.id))?.eventId).toBe(event.id);
    const open = await newEvent(4);
    expect((await store.move(ben.id, open.id, at(8)))?.booking.eventId).toBe(open.id);
    const pair = (await store.book({ ...newBooking(open.id, 'pair'), places: 2 })) as BookingRecord;
    expect(await store.move(pair.id, (await newEvent(1)).id, at(8))).toBeUndefined();
  });
}
