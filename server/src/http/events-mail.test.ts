// The mail bookers get when SMTP is set: the confirmation with the calendar file and the link to
// their booking, the waiting list, and being moved up when someone cancels or is erased.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBookings, MeetingEvent, NewBooking } from '@roundtable/shared/protocol/events';
import { startFakeSmtp, unfold, type FakeSmtp } from '../testing/fake-smtp.ts';
import { eventually, startTestServer, type TestServer } from '../testing/harness.ts';

describe('mail to people who book', () => {
  let smtp: FakeSmtp;
  let server: TestServer;
  let eventId: string;

  beforeEach(async () => {
    smtp = await startFakeSmtp();
    server = await startTestServer({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://roundtable.example',
    });
    const api = server.api;
    const workspace = (await api.request('POST', '/api/workspaces', { name: 'Forum' })).body;
    const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const meeting = await api.request(
      'POST',
      `/api/workspaces/${workspace.id as string}/meetings`,
      {
        title: 'Launch',
        startsAt,
      },
    );
    const saved = await api.request(
      'PUT',
      `/api/meetings/${meeting.body.id as string}/public-event`,
      {
        ...{
          title: 'Launch day',
          startsAt,
          place: 'Town Hall, Room 2',
          whatToExpect: 'Tea',
          capacity: 1,
        },
        endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
        venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
      },
    );
    eventId = MeetingEvent.parse(saved.body).event!.id;
  });
  afterEach(async () => {
    await server.close();
    await smtp.close();
  });

  const book = async (name: string, email: string) =>
    NewBooking.parse(
      (
        await server.api
          .as(null)
          .request('POST', `/api/public/events/${eventId}/bookings`, { name, email, places: 1 })
      ).body,
    );

  it('confirms with a calendar file and the link, and tells the next person when they move up', async () => {
    const ana = await book('Ana', 'ana@example.org');
    await eventually(() => expect(smtp.messages).toHaveLength(1));
    const confirmation = unfold(smtp.messages[0]!);
    expect(confirmation).toContain('You have a place: Launch day');
    expect(confirmation).toContain(`https://roundtable.example/bookings/${ana.token}`);
    expect(confirmation).toMatch(/text\/calendar/);
    expect(confirmation).toMatch(/event\.ics/);

    await book('Ben', 'ben@example.org');
    await eventually(() => expect(smtp.messages).toHaveLength(2));
    expect(unfold(smtp.messages[1]!)).toContain('You are on the waiting list: Launch day');
    expect(unfold(smtp.messages[1]!)).not.toMatch(/event\.ics/);

    await server.api.as(null).request('POST', `/api/public/bookings/${ana.token}/cancel`);
    await eventually(() => expect(smtp.messages).toHaveLength(3));
    const movedUp = unfold(smtp.messages[2]!);
    expect(movedUp).toContain('Good news, you have a place: Launch day');
    expect(movedUp).toContain('To: ben@example.org');
  });

  it('tells the person moved up when a facilitator erases a booker’s details', async () => {
    await book('Ana', 'ana@example.org');
    await book('Ben', 'ben@example.org');
    await eventually(() => expect(smtp.messages).toHaveLength(2));
    const list = await server.api.request('GET', `/api/events/${eventId}/bookings`);
    const ana = EventBookings.parse(list.body).bookings[0]!;
    const erased = await server.api.request(
      'POST',
      `/api/events/${eventId}/bookings/${ana.id}/erasure`,
    );
    expect(erased.status).toBe(200);
    await eventually(() => expect(smtp.messages).toHaveLength(3));
    const movedUp = unfold(smtp.messages[2]!);
    expect(movedUp).toContain('Good news, you have a place: Launch day');
    expect(movedUp).toContain('To: ben@example.org');
  });
});
