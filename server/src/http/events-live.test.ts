// Public events beyond one request: facilitators watching the bookings are told live when someone
// books (others may not watch), a linked booking is in the person's copy of their data, and the
// retention sweep removes bookers' access needs and then their names and contact details.
import { strFromU8, unzipSync } from 'fflate';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBookings, MeetingEvent, NewBooking } from '@roundtable/shared/protocol/events';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('public events: live, in a copy of one’s data, and after the event', () => {
  let server: TestServer;
  let workspaceId: string;
  let eventId: string;
  let facilitator: TestApi;
  const sockets: Socket[] = [];

  const watch = async (api: TestApi) => {
    const socket = connectSocket(`${server.origin}/meeting`, {
      transports: ['websocket'],
      auth: { token: api.token },
      forceNew: true,
    });
    sockets.push(socket);
    const heard: string[] = [];
    socket.on('bookings:changed', (notice: { eventId: string }) => heard.push(notice.eventId));
    const ack = (await socket.emitWithAck('bookings:watch', { eventId })) as Ack<null>;
    return { ack, heard };
  };
  const book = (body: Record<string, unknown>) =>
    server.api
      .as(null)
      .request('POST', `/api/public/events/${eventId}/bookings`, { places: 1, ...body });

  const newEvent = async (startsIn: number) => {
    const startsAt = new Date(Date.now() + startsIn).toISOString();
    const meeting = await facilitator.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Launch',
      startsAt,
    });
    const saved = await facilitator.request(
      'PUT',
      `/api/meetings/${(meeting.body as { id: string }).id}/public-event`,
      {
        ...{ title: 'Launch', startsAt, place: 'Town Hall', whatToExpect: '', capacity: 10 },
        endsAt: new Date(Date.now() + startsIn + 2 * HOUR).toISOString(),
        venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
      },
    );
    return MeetingEvent.parse(saved.body).event!.id;
  };

  beforeEach(async () => {
    server = await startTestServer();
    const workspace = await server.api.request('POST', '/api/workspaces', { name: 'Forum' });
    workspaceId = (workspace.body as { id: string }).id;
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    eventId = await newEvent(2 * DAY);
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
  });

  it('tells watching facilitators when someone books; a member may not watch', async () => {
    const fran = await watch(facilitator);
    expect(fran.ack.ok).toBe(true);
    const member = await watch(await personApi(server, workspaceId, 'Mo', 'member'));
    expect(member.ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await book({ name: 'Ana', phone: '01234 567890' })).status).toBe(201);
    await expect.poll(() => fran.heard).toEqual([eventId]);
    expect(member.heard).toEqual([]);
  });

  it('tells watching facilitators when a booker’s details are erased', async () => {
    expect((await book({ name: 'Ana', phone: '01234 567890' })).status).toBe(201);
    const list = await facilitator.request('GET', `/api/events/${eventId}/bookings`);
    const ana = EventBookings.parse(list.body).bookings[0]!;
    const fran = await watch(facilitator);
    const path = `/api/events/${eventId}/bookings/${ana.id}/erasure`;
    expect((await facilitator.request('POST', path)).status).toBe(200);
    await expect.poll(() => fran.heard).toEqual([eventId]);
  });

  it('shows a booking in the copy of the data of the person who kept it with their account', async () => {
    const booked = await book({
      name: 'Sam',
      email: 'sam@example.org',
      accessNeeds: 'Large print',
    });
    const sam = await server.app.signIn.createPerson({
      name: 'Sam',
      email: 'sam@example.org',
      isAdmin: false,
    });
    const { token } = await server.app.tokens.create(sam.id, 'tests');
    const bookingToken = (booked.body as { token: string }).token;
    const kept = await server.api
      .as(token)
      .request('POST', `/api/public/bookings/${bookingToken}/link`);
    expect(kept.status).toBe(200);
    const response = await fetch(`${server.origin}/api/me/data`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = strFromU8(
      unzipSync(new Uint8Array(await response.arrayBuffer()))['your-data.html']!,
    );
    expect(page).toContain('Bookings of public events');
    expect(page).toContain('Launch');
    expect(page).toContain('Large print');
  });

  it('removes access needs after ACCESS_NEEDS_KEEP_DAYS, then names and contact after BOOKING_KEEP_DAYS', async () => {
    await book({ name: 'Ana', email: 'ana@example.org', accessNeeds: 'A quiet seat' });
    server.advanceClock(2 * DAY + 31 * DAY);
    expect(await server.app.retention.sweep()).toMatchObject({
      bookingAccessNeeds: 1,
      bookingContacts: 0,
    });
    const [kept] = await server.store.events.listBookings(eventId);
    expect(kept).toMatchObject({ name: 'Ana', accessNeeds: null });
    server.advanceClock(60 * DAY);
    expect((await server.app.retention.sweep()).bookingContacts).toBe(1);
    const [gone] = await server.store.events.listBookings(eventId);
    expect(gone).toMatchObject({ name: '', email: null, phone: null, status: 'confirmed' });
  });

  it('after the event nobody cancels, only people with a place are here, and a cancel clears it', async () => {
    const soon = await newEvent(HOUR);
    await book({ name: 'Ana', phone: '01234 567890', places: 6 });
    const ben = NewBooking.parse(
      (await book({ name: 'Ben', phone: '01234 567891', places: 6 })).body,
    );
    const bookings = `/api/events/${eventId}/bookings`;
    const [anaId, benId] = EventBookings.parse(
      (await facilitator.request('GET', bookings)).body,
    ).bookings.map((b) => b.id);
    const mark = (id: string | undefined) =>
      facilitator.request('PUT', `${bookings}/${id}/attendance`, { attended: true });
    expect((await mark(benId)).status).toBe(409);
    expect((await mark(anaId)).status).toBe(200);
    const cancelled = await facilitator.request('POST', `${bookings}/${anaId}/cancel`);
    const after = EventBookings.parse(cancelled.body).bookings;
    expect(after.map((b) => [b.name, b.status, b.attended])).toEqual([
      ['Ana', 'cancelled', false],
      ['Ben', 'confirmed', false],
    ]);
    server.advanceClock(3 * HOUR);
    const move = await facilitator.request('POST', `${bookings}/${benId}/move`, {
      toEventId: soon,
    });
    expect(move.status).toBe(409);
    server.advanceClock(3 * DAY);
    const late = await server.api
      .as(null)
      .request('POST', `/api/public/bookings/${ben.token}/cancel`);
    expect(late.status).toBe(409);
    expect((late.body as { error: { message: string } }).error.message).toBe(
      'This event has already happened, so the booking cannot be cancelled.',
    );
  });
});
