// What bookers are told when an event changes after it is public: a new time or place (with the
// calendar file again, same UID, higher SEQUENCE), the event taken down (everyone told, with the
// facilitator's message; the page says so and takes no bookings), bookings stopped, people moved
// up by an erasure, and reminders only to those who booked before the day before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EventBookings,
  MeetingEvent,
  NewBooking,
  OwnBooking,
  PublicEvent,
  UpcomingEvents,
} from '@roundtable/shared/protocol/events';
import { startFakeSmtp, unfold, type FakeSmtp } from '../testing/fake-smtp.ts';
import {
  eventually,
  personApi,
  startTestServer,
  type TestApi,
  type TestServer,
} from '../testing/harness.ts';
import { publishPage } from '../testing/recruiting-fixtures.ts';

const DAY = 86_400_000;

describe('changes to a public event after people booked', () => {
  let smtp: FakeSmtp;
  let server: TestServer;
  let facilitator: TestApi;
  let workspaceId: string;
  let meetingId: string;
  let eventId: string;
  let startsAt: string;

  const details = (more: Record<string, unknown> = {}) => ({
    ...{ title: 'Launch day', startsAt, place: 'Town Hall, Room 2', whatToExpect: 'Tea' },
    endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
    venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
    capacity: 1,
    ...more,
  });

  beforeEach(async () => {
    smtp = await startFakeSmtp();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://rt.example' });
    const workspace = await server.api.request('POST', '/api/workspaces', { name: 'Forum' });
    workspaceId = (workspace.body as { id: string }).id;
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    startsAt = new Date(Date.now() + 3 * DAY).toISOString();
    const meeting = await facilitator.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Launch',
      startsAt,
    });
    meetingId = (meeting.body as { id: string }).id;
    const saved = await facilitator.request(
      'PUT',
      `/api/meetings/${meetingId}/public-event`,
      details(),
    );
    eventId = MeetingEvent.parse(saved.body).event!.id;
  });
  afterEach(async () => {
    await server.close();
    await smtp.close();
  });

  const book = async (name: string, email: string) => {
    const response = await server.api
      .as(null)
      .request('POST', `/api/public/events/${eventId}/bookings`, { name, email, places: 1 });
    return response.status === 201 ? NewBooking.parse(response.body) : response;
  };
  const bookTwo = async () => {
    const ana = (await book('Ana', 'ana@example.org')) as NewBooking;
    const ben = (await book('Ben', 'ben@example.org')) as NewBooking;
    await eventually(() => expect(smtp.messages).toHaveLength(2));
    return { ana, ben };
  };
  const mailTo = (address: string, subject: string) => {
    const found = smtp.messages
      .map(unfold)
      .find((m) => m.includes(`To: ${address}`) && m.includes(subject));
    expect(found, `${subject} to ${address}`).toBeDefined();
    return found!;
  };
  /** The calendar file attached to a mail (base64 after its headers, up to the boundary). */
  const calendarIn = (mail: string) => {
    const after = mail.split('filename=event.ics')[1] ?? '';
    return Buffer.from(after.split('--')[0]!.replace(/\s/g, ''), 'base64').toString();
  };

  it('tells everyone booked when the time or place changes, with the calendar file again', async () => {
    await bookTwo();
    const later = new Date(Date.parse(startsAt) + 3_600_000).toISOString();
    await facilitator.request(
      'PUT',
      `/api/meetings/${meetingId}/public-event`,
      details({
        startsAt: later,
        endsAt: new Date(Date.parse(later) + 7_200_000).toISOString(),
        place: 'Library',
      }),
    );
    await eventually(() => expect(smtp.messages).toHaveLength(4));
    const ana = mailTo('ana@example.org', 'Changed: Launch day');
    expect(ana).toContain('It is now at: Library.');
    expect(ana).toContain('You still have your place.');
    const calendar = calendarIn(ana);
    expect(calendar).toContain('SEQUENCE:1');
    expect(calendar).toMatch(/UID:booking-.*@roundtable/);
    expect(mailTo('ben@example.org', 'Changed: Launch day')).toContain(
      'You are still number 1 on the waiting list.',
    );
    // Saving again without a new time or place tells nobody: the next mail is Cara's booking.
    await facilitator.request(
      'PUT',
      `/api/meetings/${meetingId}/public-event`,
      details({
        startsAt: later,
        endsAt: new Date(Date.parse(later) + 7_200_000).toISOString(),
        place: 'Library',
        title: 'Launch day',
      }),
    );
    await book('Cara', 'cara@example.org');
    await eventually(() => expect(smtp.messages).toHaveLength(5));
    expect(smtp.messages.filter((m) => m.includes('Subject: Changed'))).toHaveLength(2);
    expect(mailTo('cara@example.org', 'waiting list')).toBeDefined();
  });

  it('takes the event down: everyone is told, the page says so, and it takes no bookings', async () => {
    const { ana } = await bookTwo();
    const changed: string[] = [];
    server.app.serviceEvents.on('bookings-changed', (id) => changed.push(id));
    const taken = await facilitator.request('POST', `/api/events/${eventId}/cancel`, {
      message: 'We are sorry. The hall flooded.\n\nWe will tell you the new date.',
    });
    expect(taken.status).toBe(200);
    expect(EventBookings.parse(taken.body).bookings.map((b) => b.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    expect(changed).toContain(eventId);
    await eventually(() => expect(smtp.messages).toHaveLength(4));
    for (const who of ['ana@example.org', 'ben@example.org']) {
      const mail = mailTo(who, 'Cancelled: Launch day');
      expect(mail).toContain('The hall flooded.');
    }
    expect(calendarIn(mailTo('ana@example.org', 'Cancelled: Launch day'))).toContain(
      'STATUS:CANCELLED',
    );

    const anyone = server.api.as(null);
    const page = PublicEvent.parse(
      (await anyone.request('GET', `/api/public/events/${eventId}`)).body,
    );
    expect(page).toMatchObject({
      state: 'cancelled',
      cancelMessage: expect.stringContaining('flooded'),
    });
    const own = OwnBooking.parse(
      (await anyone.request('GET', `/api/public/bookings/${ana.token}`)).body,
    );
    expect(own).toMatchObject({ status: 'cancelled', event: { state: 'cancelled' } });
    await publishPage(facilitator, workspaceId, 'forum');
    const upcoming = await anyone.request('GET', `/api/public/workspaces/${workspaceId}/events`);
    expect(UpcomingEvents.parse(upcoming.body).events).toEqual([]);
    expect(((await book('Cara', 'cara@example.org')) as { status: number }).status).toBe(409);
    expect(
      (await facilitator.request('POST', `/api/events/${eventId}/cancel`, { message: 'Again' }))
        .status,
    ).toBe(409);
    const audit = await server.store.identity.listAudit({ workspaceId, limit: 50 });
    expect(audit.map((entry) => entry.action)).toContain('event.cancelled');
  });

  it('stops taking bookings and starts again, keeping the bookings it has', async () => {
    await book('Ana', 'ana@example.org');
    const closed = await facilitator.request('PUT', `/api/events/${eventId}/bookings-open`, {
      open: false,
    });
    expect(EventBookings.parse(closed.body).event.state).toBe('closed');
    expect(((await book('Ben', 'ben@example.org')) as { status: number }).status).toBe(409);
    await facilitator.request('PUT', `/api/events/${eventId}/bookings-open`, { open: true });
    expect(((await book('Ben', 'ben@example.org')) as NewBooking).status).toBe('waiting');
    const audit = await server.store.identity.listAudit({ workspaceId, limit: 50 });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['event.bookings-closed', 'event.bookings-opened']),
    );
  });

  it('tells the person moved up when someone who booked is erased', async () => {
    const sam = await server.app.signIn.createPerson({
      name: 'Sam',
      email: 'sam@example.org',
      isAdmin: false,
    });
    const booked = (await book('Sam', 'sam@example.org')) as NewBooking;
    await book('Ben', 'ben@example.org');
    await eventually(() => expect(smtp.messages).toHaveLength(2));
    const { token } = await server.app.tokens.create(sam.id, 'tests');
    await server.api.as(token).request('POST', `/api/public/bookings/${booked.token}/link`);
    const changed: string[] = [];
    server.app.serviceEvents.on('bookings-changed', (id) => changed.push(id));
    await server.app.erasure.erase(null, sam.id, { removePendingSuggestions: false });
    await eventually(() => expect(changed).toContain(eventId));
    await eventually(() => expect(smtp.messages).toHaveLength(3));
    expect(mailTo('ben@example.org', 'Good news, you have a place: Launch day')).toBeDefined();
  });

  it('reminds, saying the day, only those who booked before the day before', async () => {
    // At 10:00 three days on, and the clock moved to 22:00 the day before: "tomorrow" whatever
    // the hour the test runs at.
    const day = new Date(Date.now() + 3 * DAY);
    const at = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 10);
    await facilitator.request('PUT', `/api/meetings/${meetingId}/public-event`, {
      ...details({ capacity: 2 }),
      startsAt: new Date(at).toISOString(),
      endsAt: new Date(at + 2 * 3_600_000).toISOString(),
    });
    await book('Ana', 'ana@example.org');
    server.advanceClock(at - 12 * 3_600_000 - Date.now());
    const ben = (await book('Ben', 'ben@example.org')) as NewBooking;
    expect(ben.status).toBe('confirmed');
    // The background task may send it first; either way, once.
    await server.app.publicEvents.sendReminders();
    expect(await server.app.publicEvents.sendReminders()).toBe(0);
    await eventually(() =>
      expect(smtp.messages.filter((m) => m.includes('Subject: Reminder'))).toHaveLength(1),
    );
    expect(mailTo('ana@example.org', 'Reminder: Launch day is tomorrow')).toContain(
      'you have 1 place at Launch day tomorrow.',
    );
    const bookings = await server.store.events.listBookings(eventId);
    expect(bookings.map((b) => [b.name, b.remindedAt === null])).toEqual([
      ['Ana', false],
      ['Ben', true],
    ]);
  });
});
