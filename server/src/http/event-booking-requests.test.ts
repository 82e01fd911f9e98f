// A booker's data-protection requests over REST, answered by a facilitator: the booking's data
// downloads as a file with everything kept about them, and erasing their details cancels a
// standing booking (the waiting list moves up), blanks the booking and kills its link. Only the
// workspace's facilitators may do either, and the audit log keeps ids, never the name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import {
  BookingData,
  EventBookings,
  MeetingEvent,
  NewBooking,
} from '@roundtable/shared/protocol/events';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';

const HOUR = 3600_000;

describe('REST: a booker asks for their data or to be erased', () => {
  let server: TestServer;
  let workspaceId: string;
  let eventId: string;
  let facilitator: TestApi;

  beforeEach(async () => {
    server = await startTestServer();
    const workspace = await server.api.request('POST', '/api/workspaces', { name: 'Forum' });
    workspaceId = (workspace.body as { id: string }).id;
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    const startsAt = new Date(Date.now() + 48 * HOUR).toISOString();
    const meeting = await facilitator.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Launch',
      startsAt,
    });
    const saved = await facilitator.request(
      'PUT',
      `/api/meetings/${(meeting.body as { id: string }).id}/public-event`,
      {
        ...{ title: 'Launch of the forum', startsAt, place: 'Town Hall', whatToExpect: 'Tea' },
        endsAt: new Date(Date.parse(startsAt) + 2 * HOUR).toISOString(),
        venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
        capacity: 1,
      },
    );
    eventId = MeetingEvent.parse(saved.body).event!.id;
  });
  afterEach(async () => {
    await server.close();
  });

  const book = async (name: string, email: string, phone = '01234 567890') => {
    const response = await server.api
      .as(null)
      .request('POST', `/api/public/events/${eventId}/bookings`, {
        name,
        email,
        phone,
        accessNeeds: 'A seat near the door',
        places: 1,
      });
    return NewBooking.parse(response.body);
  };
  const bookingsNow = async () =>
    EventBookings.parse((await facilitator.request('GET', `/api/events/${eventId}/bookings`)).body)
      .bookings;
  const refused = (response: { status: number; body: unknown }, status: number) => {
    expect(response.status).toBe(status);
    return ErrorBody.parse(response.body).error;
  };

  it('downloads one booking’s data as a file with everything kept about the booker', async () => {
    await book('Ana Lopez', 'ana@example.org');
    const [ana] = await bookingsNow();
    const path = `/api/events/${eventId}/bookings/${ana!.id}/data`;
    const response = await fetch(facilitator.origin + path, {
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.json"/);
    const data = BookingData.parse(await response.json());
    expect(data.event.title).toBe('Launch of the forum');
    expect(data.booking).toMatchObject({
      ...{ name: 'Ana Lopez', email: 'ana@example.org', phone: '01234 567890' },
      ...{ accessNeeds: 'A seat near the door', places: 1, status: 'confirmed' },
    });
    expect(data.booking.bookedAt).toBeTruthy();
    const audit = await server.store.identity.listAudit({ workspaceId, limit: 50 });
    const entry = audit.find((e) => e.action === 'event.booking-data');
    expect(entry?.details).toMatchObject({ eventId, bookingId: ana!.id });
    expect(JSON.stringify(audit)).not.toContain('Ana Lopez');
  });

  it('erases the booker’s details: the next person moves up and the booker’s link is gone', async () => {
    const ana = await book('Ana Lopez', 'ana@example.org');
    await book('Ben', 'ben@example.org', '');
    const [first, second] = await bookingsNow();
    expect(second?.status).toBe('waiting');
    const path = `/api/events/${eventId}/bookings/${first!.id}/erasure`;
    const erased = await facilitator.request('POST', path);
    expect(erased.status).toBe(200);
    const [gone, ben] = EventBookings.parse(erased.body).bookings;
    expect(gone).toMatchObject({
      ...{ name: 'Erased booker', email: null, phone: null, accessNeeds: null },
      ...{ places: 1, status: 'cancelled', attended: false, erased: true },
    });
    expect(ben).toMatchObject({ name: 'Ben', status: 'confirmed', erased: false });
    refused(await server.api.as(null).request('GET', `/api/public/bookings/${ana.token}`), 404);
    // A second erasure says plainly there is nothing left to erase.
    expect(refused(await facilitator.request('POST', path), 409).message).toMatch(/already erased/);
    const audit = await server.store.identity.listAudit({ workspaceId, limit: 50 });
    const entries = audit.filter((e) => e.action === 'event.booking-erased');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toEqual({ eventId, bookingId: first!.id });
    expect(JSON.stringify(audit)).not.toContain('Ana Lopez');
    const data = await facilitator.request(
      'GET',
      `/api/events/${eventId}/bookings/${first!.id}/data`,
    );
    expect(BookingData.parse(data.body).booking).toMatchObject({
      name: 'Erased booker',
      email: null,
    });
  });

  it('lets only this workspace’s facilitators download or erase a booking', async () => {
    await book('Ana Lopez', 'ana@example.org');
    const [ana] = await bookingsNow();
    const member = await personApi(server, workspaceId, 'Mo', 'member');
    const observer = await personApi(server, workspaceId, 'Ola', 'observer');
    const other = await server.api.request('POST', '/api/workspaces', { name: 'Board' });
    const outsider = await personApi(
      server,
      (other.body as { id: string }).id,
      'Oz',
      'facilitator',
    );
    const base = `/api/events/${eventId}/bookings/${ana!.id}`;
    for (const api of [member, observer, outsider]) {
      refused(await api.request('POST', `${base}/erasure`), 403);
      refused(await api.request('GET', `${base}/data`), 403);
    }
    refused(await server.api.as(null).request('POST', `${base}/erasure`), 401);
    refused(
      await facilitator.request('POST', `/api/events/${eventId}/bookings/nobody/erasure`),
      404,
    );
    expect((await bookingsNow())[0]).toMatchObject({ name: 'Ana Lopez', status: 'confirmed' });
  });
});
