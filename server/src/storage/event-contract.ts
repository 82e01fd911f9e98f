// Contract cases for public events and their bookings, run inside storeContract for every store:
// places are never overbooked (also when people book at once, or book while a facilitator
// makes the event smaller), the waiting list moves up first
// come, first served, a booking is linked to a person only when asked (by its own link), and
// erasure and retention leave nothing of the booker (and never touch a stranger's booking).
import { newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import { expect, it } from 'vitest';
import { at, uniqueId } from './contract-fixtures.ts';
import type { BookingRecord, NewBookingRecord, PublicEventRecord } from './event-ports.ts';
import type { Store } from './ports.ts';

const venue = { stepFree: true, hearingLoop: false, quietRoom: true, parking: false, other: '' };

export function eventContract(current: () => Store): void {
  async function newEvent(capacity: number, startsAt = at(60)): Promise<PublicEventRecord> {
    const store = current();
    const workspaceId = uniqueId('ws');
    await store.workspaces.createWorkspace({ id: workspaceId, name: 'Forum', createdAt: at(0) });
    const meeting = newMeeting({
      ...{ id: uniqueId('m'), workspaceId, title: 'Launch', startsAt, place: '' },
      ...{ documentIds: [], agenda: [] },
    });
    await store.meetings.createMeeting(meeting);
    const endsAt = new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString();
    const record = {
      ...{ id: uniqueId('ev'), meetingId: meeting.id, workspaceId, title: 'Launch' },
      ...{ startsAt, endsAt, place: 'Town hall', venue, whatToExpect: 'Tea', capacity },
      ...{ createdAt: at(1), updatedAt: at(1) },
    };
    return (await store.events.saveEvent(record)).event;
  }
  const booking = (eventId: string, places: number, more: Partial<NewBookingRecord> = {}) => ({
    ...{ id: uniqueId('b'), eventId, name: 'Ana', email: `${uniqueId('ana')}@example.org` },
    phone: null,
    ...{ accessNeeds: 'A seat near the door', places, tokenHash: uniqueId('h'), personId: null },
    bookedAt: at(2),
    ...more,
  });
  const book = async (eventId: string, places: number, more: Partial<NewBookingRecord> = {}) =>
    (await current().events.book(booking(eventId, places, more))) as BookingRecord;
  const statuses = async (eventId: string) =>
    (await current().events.listBookings(eventId)).map((b) => `${b.places}:${b.status}`);

  it('keeps an event, its meeting’s only one, and lists those not yet ended', async () => {
    const store = current().events;
    const event = await newEvent(10);
    expect(await store.getEvent(event.id)).toEqual(event);
    expect(await store.eventOfMeeting(event.meetingId)).toEqual(event);
    const changed = await store.saveEvent({ ...event, id: 'ignored', title: 'Launch day' });
    expect(changed.event).toMatchObject({ id: event.id, title: 'Launch day' });
    expect((await store.upcomingEvents(event.workspaceId, at(0))).map((e) => e.id)).toEqual([
      event.id,
    ]);
    expect(await store.upcomingEvents(event.workspaceId, at(60 * 5))).toEqual([]);
  });

  it('confirms bookings while places last, then puts people on the waiting list', async () => {
    const event = await newEvent(3);
    expect((await book(event.id, 2)).status).toBe('confirmed');
    expect((await book(event.id, 2)).status).toBe('waiting');
    // One place is free, but someone is already waiting: first come, first served.
    expect((await book(event.id, 1)).status).toBe('waiting');
    expect(await statuses(event.id)).toEqual(['2:confirmed', '2:waiting', '1:waiting']);
  });

  it('moves the waiting list up in order when someone cancels; nobody jumps a bigger booking', async () => {
    const store = current().events;
    const event = await newEvent(3);
    const first = await book(event.id, 3);
    const big = await book(event.id, 3);
    await book(event.id, 1);
    const change = await store.cancel(first.id, at(3));
    expect(change?.movedUp.map((b) => b.id)).toEqual([big.id]);
    expect(await statuses(event.id)).toEqual(['3:cancelled', '3:confirmed', '1:waiting']);
    expect(await store.cancel(first.id, at(4))).toBeUndefined();
    // A smaller booking behind a bigger one that does not fit keeps waiting.
    const other = await newEvent(2);
    const two = await book(other.id, 2);
    const three = await book(other.id, 3);
    const one = await book(other.id, 1);
    expect((await store.cancel(two.id, at(3)))?.movedUp).toEqual([]);
    expect((await store.getBooking(one.id))?.status).toBe('waiting');
    expect((await store.cancel(three.id, at(4)))?.movedUp.map((b) => b.id)).toEqual([one.id]);
  });

  it('never overbooks when many people book the last places at once', async () => {
    const event = await newEvent(5);
    const results = await Promise.all(Array.from({ length: 12 }, () => book(event.id, 1)));
    expect(results.filter((b) => b.status === 'confirmed')).toHaveLength(5);
    const stored = await current().events.listBookings(event.id);
    const taken = stored.filter((b) => b.status === 'confirmed').reduce((s, b) => s + b.places, 0);
    expect(taken).toBe(5);
    expect(new Set(stored.map((b) => b.seq)).size).toBe(12);
  });

  it('refuses a capacity below the places booked, counted under the booking hold', async () => {
    const store = current().events;
    const event = await newEvent(5);
    await book(event.id, 2);
    await book(event.id, 1);
    const cut = await store.saveEvent({ ...event, capacity: 2, title: 'Smaller' });
    expect(cut.refused).toEqual({ kind: 'booked', places: 3 });
    expect(await store.getEvent(event.id)).toMatchObject({ capacity: 5, title: 'Launch' });
    // A waiting booking bigger than the new capacity could never move up.
    const full = await newEvent(1);
    await book(full.id, 1);
    await book(full.id, 3);
    expect((await store.saveEvent({ ...full, capacity: 2 })).refused).toEqual({
      kind: 'waiting',
      places: 3,
    });
    expect((await store.saveEvent({ ...event, capacity: 3 })).refused).toBeNull();

    // Saving a smaller capacity while people book, the bookings arriving a little later each
    // round: whichever comes first, never overbooked.
    for (let round = 0; round < 16; round += 1) {
      const racing = await newEvent(6);
      await book(racing.id, 3);
      const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const [saved] = await Promise.all([
        store.saveEvent({ ...racing, capacity: 3 }),
        ...Array.from({ length: 4 }, async (_, i) => {
          await later(Math.floor(round / 2) + i);
          return book(racing.id, 1);
        }),
      ]);
      const stored = (await store.getEvent(racing.id))!;
      const bookings = await store.listBookings(racing.id);
      const taken = bookings
        .filter((b) => b.status === 'confirmed')
        .reduce((sum, b) => sum + b.places, 0);
      expect(taken).toBeLessThanOrEqual(stored.capacity);
      if (saved.refused) {
        expect(saved.refused).toEqual({ kind: 'booked', places: expect.any(Number) });
        expect(saved.refused.places).toBeGreaterThan(3);
        expect(stored.capacity).toBe(6);
      } else {
        expect(stored.capacity).toBe(3);
      }
    }
  });

  it('moves a booking to another event and moves up the first one’s waiting list', async () => {
    const store = current().events;
    const [from, to] = [await newEvent(1), await newEvent(1)];
    const moving = await book(from.id, 1);
    const waiting = await book(from.id, 1);
    const change = await store.move(moving.id, to.id, at(5));
    expect(change?.booking).toMatchObject({ eventId: to.id, status: 'confirmed' });
    expect(change?.movedUp.map((b) => b.id)).toEqual([waiting.id]);
    const bigger = await store.saveEvent({ ...from, capacity: 3 });
    expect(bigger.movedUp).toEqual([]);
  });

  it('finds a booking by its token hash, marks attendance, and claims a reminder once', async () => {
    const store = current().events;
    const event = await newEvent(4, at(60 * 24));
    const b = await book(event.id, 1, { tokenHash: 'hash-of-secret' });
    expect((await store.bookingByToken('hash-of-secret'))?.id).toBe(b.id);
    await store.setAttended(b.id, at(7));
    expect((await store.getBooking(b.id))?.attendedAt).toBe(at(7));
    expect((await store.dueReminders(at(0), at(60 * 25))).map((r) => r.id)).toContain(b.id);
    expect(await store.claimReminder(b.id, at(8))).toBe(true);
    expect(await store.claimReminder(b.id, at(9))).toBe(false);
    expect((await store.dueReminders(at(0), at(60 * 25))).map((r) => r.id)).not.toContain(b.id);
  });

  it('refuses a second standing booking with the same email address or phone number', async () => {
    const store = current().events;
    const event = await newEvent(4);
    const first = await book(event.id, 1, { email: 'Ana@Example.org', phone: '01234 567890' });
    const again = (more: Partial<NewBookingRecord>) => store.book(booking(event.id, 1, more));
    expect(await again({ email: 'ana@example.org' })).toBe('already-booked');
    expect(await again({ email: null, phone: '01234567890' })).toBe('already-booked');
    await store.cancel(first.id, at(3));
    expect(await again({ email: 'ana@example.org' })).toMatchObject({ status: 'confirmed' });
  });

  it('links a booking to a person only when asked, never by its email address', async () => {
    const store = current();
    const event = await newEvent(4);
    const b = await book(event.id, 1, { email: 'Sam@Example.org' });
    const sam = await newPersonWithEmail(store, 'sam@example.org');
    expect(await store.events.bookingsOfPerson(sam)).toEqual([]);
    await store.events.linkBooking(b.id, sam);
    expect((await store.events.bookingsOfPerson(sam)).map((x) => x.id)).toEqual([b.id]);
  });

  it('erasing a person cancels their coming bookings and keeps nothing of them', async () => {
    const store = current();
    const event = await newEvent(1, at(60 * 24 * 40));
    const sam = await newPersonWithEmail(store, 'sam@example.org');
    const theirs = await book(event.id, 1, { personId: sam, name: 'Sam' });
    const unlinked = await book(event.id, 1, { email: 'SAM@example.org', name: 'Sam' });
    const next = await book(event.id, 1, { email: 'kim@example.org' });
    const pseudonym = { ...(await store.identity.getUser(sam))!, id: uniqueId('p'), email: null };
    const erased = await store.erasure.replacePerson({
      ...{ personId: sam, pseudonym, needles: [sam], rewriteJson: (v: unknown) => v },
      record: {
        ...{ number: await store.erasure.nextNumber(), reference: 'b'.repeat(64) },
        ...{ pseudonymId: pseudonym.id, erasedAt: at(30) },
        options: { removePendingSuggestions: false, commentsDeletedIn: [] },
      },
    });
    expect(erased?.movedUp.map((b) => [b.id, b.status])).toEqual([[unlinked.id, 'confirmed']]);
    expect(await store.events.getBooking(theirs.id)).toMatchObject({
      ...{ name: '', email: null, phone: null, accessNeeds: null, tokenHash: null },
      ...{ personId: null, status: 'cancelled' },
    });
    // A booking with the same email address but not linked may be someone else's: untouched.
    expect(await store.events.getBooking(unlinked.id)).toMatchObject({
      ...{ name: 'Sam', email: 'SAM@example.org', status: 'confirmed' },
    });
    expect((await store.events.getBooking(next.id))?.status).toBe('waiting');
  });

  it('erases one booker’s details at their request, cancelling first; a second time finds nothing', async () => {
    const store = current().events;
    const event = await newEvent(1);
    const ana = await book(event.id, 1, { name: 'Ana', phone: '0123 456789' });
    await store.setAttended(ana.id, at(3));
    const next = await book(event.id, 1);
    const change = await store.eraseBooking(ana.id, at(4));
    expect(change?.movedUp.map((b) => [b.id, b.status])).toEqual([[next.id, 'confirmed']]);
    const erased = {
      ...{ name: 'Erased booker', email: null, phone: null, accessNeeds: null, tokenHash: null },
      ...{ attendedAt: null, places: 1, status: 'cancelled', cancelledAt: at(4) },
    };
    expect(change?.booking).toMatchObject(erased);
    expect(await store.getBooking(ana.id)).toMatchObject(erased);
    expect(await store.bookingByToken(ana.tokenHash!)).toBeUndefined();
    expect(await store.eraseBooking(ana.id, at(5))).toBeUndefined();
    expect(await store.eraseBooking('no-such-booking', at(5))).toBeUndefined();
    // A booking already cancelled keeps its status; only the details go.
    const gone = await book(event.id, 1, { name: 'Bo' });
    await store.cancel(gone.id, at(6));
    expect((await store.eraseBooking(gone.id, at(7)))?.booking).toMatchObject({
      ...{ name: 'Erased booker', email: null, status: 'cancelled', cancelledAt: at(6) },
    });
    // After the event the booking is not cancelled (nobody is moved up to a past event).
    const past = await newEvent(1, at(10));
    const came = await book(past.id, 1);
    await book(past.id, 1);
    const after = await store.eraseBooking(came.id, at(60 * 24));
    expect(after?.movedUp).toEqual([]);
    expect(after?.booking).toMatchObject({ name: 'Erased booker', status: 'confirmed' });
    expect(await statuses(past.id)).toEqual(['1:confirmed', '1:waiting']);
  });

  it('removes access needs, then name and contact, of bookings of events long past', async () => {
    const store = current().events;
    const past = await newEvent(4, at(0));
    const coming = await newEvent(4, at(60 * 24 * 100));
    const old = await book(past.id, 1, { phone: '0123' });
    const kept = await book(coming.id, 1);
    expect(await store.removeAccessNeedsBefore(at(60 * 24))).toBe(1);
    expect((await store.getBooking(old.id))?.accessNeeds).toBeNull();
    expect((await store.getBooking(old.id))?.name).toBe('Ana');
    expect(await store.removeContactBefore(at(60 * 24))).toBe(1);
    expect(await store.getBooking(old.id)).toMatchObject({ name: '', email: null, phone: null });
    expect(await store.removeContactBefore(at(60 * 24))).toBe(0);
    expect(await store.getBooking(kept.id)).toMatchObject({
      name: 'Ana',
      accessNeeds: 'A seat near the door',
    });
  });
}

async function newPersonWithEmail(store: Store, email: string): Promise<string> {
  const id = uniqueId('user');
  await store.identity.createUser({
    ...{ id, name: 'Sam', email, colour: '#1a6b3c', pronouns: null, takePart: null },
    ...{ showTakePart: false, nameInRecord: false, isAdmin: false, passwordHash: null },
    information: {
      largerText: false,
      easyRead: false,
      readAloud: false,
      supporter: false,
      notes: '',
    },
    createdAt: at(0),
  });
  return id;
}
