// Public events over REST with a real server: a facilitator makes a meeting public, anyone books
// without an account, the waiting list moves up when someone cancels by their link, the calendar
// file downloads, and only the workspace's facilitators see and run bookings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '@roundtable/shared/protocol/errors';
import {
  EventBookings,
  MeetingEvent,
  NewBooking,
  OwnBooking,
  UpcomingEvents,
} from '@roundtable/shared/protocol/events';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';
import { defaultBudgets } from '../limits/request-limits.ts';
import { pageText, publishPage } from '../testing/recruiting-fixtures.ts';

const HOUR = 3600_000;

describe('REST: public events and bookings', () => {
  let server: TestServer;
  let workspaceId: string;
  let meetingId: string;
  let eventId: string;
  let facilitator: TestApi;
  let anyone: TestApi;

  const details = (capacity: number, startsIn = 48 * HOUR) => ({
    title: 'Launch of the forum',
    startsAt: new Date(Date.now() + startsIn).toISOString(),
    endsAt: new Date(Date.now() + startsIn + 2 * HOUR).toISOString(),
    place: 'Town Hall, Room 2',
    venue: { stepFree: true, hearingLoop: true, quietRoom: false, parking: false, other: '' },
    whatToExpect: 'Tea, a welcome, and time to talk.',
    capacity,
  });
  const newMeeting = async (api: TestApi, workspace: string) => {
    const response = await api.request('POST', `/api/workspaces/${workspace}/meetings`, {
      title: 'Launch',
      startsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
    });
    return (response.body as { id: string }).id;
  };
  const makePublic = async (api: TestApi, meeting: string, capacity: number) => {
    const response = await api.request(
      'PUT',
      `/api/meetings/${meeting}/public-event`,
      details(capacity),
    );
    expect(response.status).toBe(200);
    return MeetingEvent.parse(response.body).event!.id;
  };
  const book = async (name: string, places: number, email = '') => {
    const response = await anyone.request('POST', `/api/public/events/${eventId}/bookings`, {
      name,
      email,
      phone: email ? '' : '01234 567890',
      accessNeeds: 'A seat near the door',
      places,
    });
    expect(response.status).toBe(201);
    return NewBooking.parse(response.body);
  };
  const refused = (response: { status: number; body: unknown }, status: number) => {
    expect(response.status).toBe(status);
    return ErrorBody.parse(response.body).error;
  };

  beforeEach(async () => {
    server = await startTestServer();
    anyone = server.api.as(null);
    const workspace = await server.api.request('POST', '/api/workspaces', { name: 'Forum' });
    workspaceId = (workspace.body as { id: string }).id;
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    meetingId = await newMeeting(facilitator, workspaceId);
    eventId = await makePublic(facilitator, meetingId, 2);
  });
  afterEach(async () => {
    await server.close();
  });

  it('shows the event to anyone and lists it among the workspace’s coming events', async () => {
    const event = await anyone.request('GET', `/api/public/events/${eventId}`);
    expect(event.body).toMatchObject({ title: 'Launch of the forum', capacity: 2, placesLeft: 2 });
    expect((await publishPage(facilitator, workspaceId, 'forum')).status).toBe(200);
    const list = await anyone.request('GET', `/api/public/workspaces/${workspaceId}/events`);
    expect(UpcomingEvents.parse(list.body).events.map((e) => e.id)).toEqual([eventId]);
    refused(await anyone.request('GET', '/api/public/events/no-such-event'), 404);
  });

  it('lists the events only while the public page is on, and never shows the workspace id', async () => {
    const path = `/api/public/workspaces/${workspaceId}/events`;
    const unknown = await anyone.request('GET', '/api/public/workspaces/nosuchworkspace1/events');
    expect(unknown.status).toBe(404);
    const off = await anyone.request('GET', path);
    expect(off).toMatchObject({ status: 404, body: unknown.body });
    // Its facilitators still see the list (to move a booking to another event).
    expect((await facilitator.request('GET', path)).status).toBe(200);
    await publishPage(facilitator, workspaceId, 'forum');
    expect((await anyone.request('GET', path)).status).toBe(200);
    await facilitator.request('PUT', `/api/workspaces/${workspaceId}/public-page`, {
      ...{ published: false, slug: 'forum', text: pageText },
    });
    expect(await anyone.request('GET', path)).toMatchObject({ status: 404, body: unknown.body });
    // The event itself stays reachable by its link, and nothing public names the workspace id.
    const event = await anyone.request('GET', `/api/public/events/${eventId}`);
    expect(event.status).toBe(200);
    const booked = await book('Ana', 1, 'ana@example.org');
    expect(JSON.stringify([event.body, booked])).not.toContain(workspaceId);
  });

  it('fills the places, puts the next person on the waiting list, and moves them up on a cancel', async () => {
    const ana = await book('Ana', 2, 'ana@example.org');
    expect(ana).toMatchObject({ status: 'confirmed', queuePosition: null });
    const ben = await book('Ben', 1);
    expect(ben).toMatchObject({ status: 'waiting', queuePosition: 1 });
    // Opening the link never cancels.
    const seen = await anyone.request('GET', `/api/public/bookings/${ana.token}`);
    expect(OwnBooking.parse(seen.body).status).toBe('confirmed');
    const calendar = await fetch(`${server.origin}/api/public/bookings/${ana.token}/calendar`);
    expect(calendar.headers.get('content-type')).toContain('text/calendar');
    expect(await calendar.text()).toContain('SUMMARY:Launch of the forum');
    const cancelled = await anyone.request('POST', `/api/public/bookings/${ana.token}/cancel`);
    expect(OwnBooking.parse(cancelled.body).status).toBe('cancelled');
    const moved = OwnBooking.parse(
      (await anyone.request('GET', `/api/public/bookings/${ben.token}`)).body,
    );
    expect(moved).toMatchObject({ status: 'confirmed', queuePosition: null });
    const list = EventBookings.parse(
      (await facilitator.request('GET', `/api/events/${eventId}/bookings`)).body,
    );
    expect(list.bookings.map((b) => [b.name, b.status])).toEqual([
      ['Ana', 'cancelled'],
      ['Ben', 'confirmed'],
    ]);
    expect(list.bookings[1]?.accessNeeds).toBe('A seat near the door');
  });

  it('answers a form a program filled in as if booked, keeping nothing; refuses what is missing', async () => {
    const path = `/api/public/events/${eventId}/bookings`;
    const body = { name: 'Bot', email: 'bot@example.org', places: 1, website: 'http://spam' };
    const fake = await anyone.request('POST', path, body);
    expect(fake.status).toBe(201);
    expect(NewBooking.parse(fake.body).status).toBe('confirmed');
    expect(await server.store.events.listBookings(eventId)).toEqual([]);
    const noContact = { name: 'Kim', places: 1 };
    refused(await anyone.request('POST', path, noContact), 400);
    const tooMany = { name: 'Kim', phone: '01234 567890', places: 40 };
    refused(await anyone.request('POST', path, tooMany), 400);
    const shortPhone = { name: 'Kim', phone: '0123', places: 1 };
    expect(refused(await anyone.request('POST', path, shortPhone), 400).message).toContain(
      'A phone number needs at least 6 digits',
    );
  });

  it('keeps event dates sensible and never cuts the places below those booked', async () => {
    const save = (more: Record<string, unknown>, meeting = meetingId) =>
      facilitator.request('PUT', `/api/meetings/${meeting}/public-event`, {
        ...details(2),
        ...more,
      });
    const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString();
    refused(await save({ startsAt: inDays(2), endsAt: inDays(10) }), 400);
    refused(await save({ startsAt: inDays(6 * 366), endsAt: inDays(6 * 366 + 0.1) }), 400);
    const fresh = await newMeeting(facilitator, workspaceId);
    expect(
      refused(await save({ startsAt: inDays(-1), endsAt: inDays(-0.9) }, fresh), 400).message,
    ).toMatch(/in the past/);
    await book('Ana', 2, 'ana@example.org');
    expect(refused(await save({ capacity: 1 }), 409).message).toMatch(
      /^2 places are booked already, so the event needs at least 2 places/,
    );
    await save({ capacity: 3 });
    await book('Ben', 3, 'ben@example.org');
    expect(refused(await save({ capacity: 2 }), 409).message).toMatch(
      /^A booking on the waiting list is for 3 places/,
    );
  });

  it('refuses more places than the event has, and a second booking by the same person', async () => {
    const path = `/api/public/events/${eventId}/bookings`;
    const tooBig = { name: 'Kim', phone: '01234 567890', places: 3 };
    expect(refused(await anyone.request('POST', path, tooBig), 400).message).toBe(
      'This event has 2 places, so you can book at most 2.',
    );
    await book('Ana', 1, 'ana@example.org');
    const again = { name: 'Ana B', email: 'ANA@Example.org', places: 1 };
    expect(refused(await anyone.request('POST', path, again), 409).message).toMatch(
      /already booked this event.*link in your confirmation/,
    );
    await book('Ben', 1);
    const byPhone = { name: 'Ben', phone: '0123 4567 890', places: 1 };
    refused(await anyone.request('POST', path, byPhone), 409);
  });

  it('slows one address that books again and again', async () => {
    const body = (i: number) => ({ name: 'Bot', phone: `01234 5678${10 + i}`, places: 1 });
    const path = `/api/public/events/${eventId}/bookings`;
    const statuses: number[] = [];
    const budget = defaultBudgets.publicForm.booking.points;
    for (let i = 0; i < budget; i++) {
      statuses.push((await anyone.request('POST', path, body(i))).status);
    }
    expect(new Set(statuses)).toEqual(new Set([201]));
    const refusal = refused(await anyone.request('POST', path, body(20)), 429);
    expect(refusal.message).toMatch(/This form was sent many times from here/);
  });

  it('lets only this workspace’s facilitators see and run bookings', async () => {
    const ana = await book('Ana', 1, 'ana@example.org');
    const bookingId = EventBookings.parse(
      (await facilitator.request('GET', `/api/events/${eventId}/bookings`)).body,
    ).bookings[0]!.id;
    const member = await personApi(server, workspaceId, 'Mo', 'member');
    const observer = await personApi(server, workspaceId, 'Ola', 'observer');
    const other = await server.api.request('POST', '/api/workspaces', { name: 'Board' });
    const otherId = (other.body as { id: string }).id;
    const outsider = await personApi(server, otherId, 'Oz', 'facilitator');
    for (const api of [member, observer, outsider]) {
      refused(await api.request('GET', `/api/events/${eventId}/bookings`), 403);
      refused(
        await api.request('POST', `/api/events/${eventId}/bookings/${bookingId}/cancel`),
        403,
      );
      refused(await api.request('PUT', `/api/meetings/${meetingId}/public-event`, details(5)), 403);
      const down = { message: 'Sorry' };
      refused(await api.request('POST', `/api/events/${eventId}/cancel`, down), 403);
      refused(
        await api.request('PUT', `/api/events/${eventId}/bookings-open`, { open: false }),
        403,
      );
    }
    refused(await anyone.request('GET', `/api/events/${eventId}/bookings`), 401);
    refused(await anyone.request('POST', `/api/events/${eventId}/cancel`, { message: 'x' }), 401);
    refused(
      await facilitator.request('POST', `/api/events/${eventId}/cancel`, { message: ' ' }),
      400,
    );
    // Another workspace's event: a booking cannot be moved there, nor reached through it.
    const otherEvent = await makePublic(outsider, await newMeeting(outsider, otherId), 5);
    const move = { toEventId: otherEvent };
    refused(
      await facilitator.request('POST', `/api/events/${eventId}/bookings/${bookingId}/move`, move),
      404,
    );
    refused(
      await outsider.request('PUT', `/api/events/${otherEvent}/bookings/${bookingId}/attendance`, {
        attended: true,
      }),
      404,
    );
    const marked = await facilitator.request(
      'PUT',
      `/api/events/${eventId}/bookings/${bookingId}/attendance`,
      { attended: true },
    );
    expect(EventBookings.parse(marked.body).bookings[0]?.attended).toBe(true);
    const audit = await server.store.identity.listAudit({ workspaceId, limit: 50 });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['event.made-public', 'event.attended']),
    );
    expect(ana.status).toBe('confirmed');
  });

  it('reminds people with a place the day before, once', async () => {
    await book('Ana', 1, 'ana@example.org');
    expect(await server.app.publicEvents.sendReminders()).toBe(0);
    server.advanceClock(30 * HOUR);
    expect(await server.app.publicEvents.sendReminders()).toBe(1);
    expect(await server.app.publicEvents.sendReminders()).toBe(0);
  });

  it('keeps a booking with an account only from its own link, never by its email address', async () => {
    const booked = await book('Sam', 1, 'sam@example.org');
    const link = `/api/public/bookings/${booked.token}/link`;
    expect(booked.keptWithAccount).toBe(false);
    // A stranger who signs in with the booker's email address does not get the booking.
    const stranger = await server.app.signIn.createPerson({
      ...{ name: 'Mallory', email: 'sam@example.org', isAdmin: false },
    });
    await server.app.signIn.sessions.startSession(stranger.id, false);
    const strangerApi = server.api.as((await server.app.tokens.create(stranger.id, 't')).token);
    expect((await strangerApi.request('GET', '/api/me')).status).toBe(200);
    expect(await server.store.events.bookingsOfPerson(stranger.id)).toEqual([]);
    refused(await anyone.request('POST', link), 401);
    // The booker, signed in, keeps it with their account from the link.
    const sam = await server.app.signIn.createPerson({ name: 'Sam', email: null, isAdmin: false });
    const samApi = server.api.as((await server.app.tokens.create(sam.id, 't')).token);
    const kept = await samApi.request('POST', link);
    expect(OwnBooking.parse(kept.body).keptWithAccount).toBe(true);
    expect((await server.store.events.bookingsOfPerson(sam.id)).map((b) => b.name)).toEqual([
      'Sam',
    ]);
    const audit = await server.store.identity.listAudit({ workspaceId, limit: 50 });
    expect(audit.map((entry) => entry.action)).toContain('event.booking-linked');
    refused(await strangerApi.request('POST', link), 409);
  });
});
