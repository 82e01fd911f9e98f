// Anonymous public reads answered from a short-lived copy: identical reads at once cost one
// computation; a change made in this process (a booking, a page turned off, a comment approved
// or erased) shows on the very next read; nothing failed is kept; the copies are bounded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PublicConsultation } from '@roundtable/shared/protocol/consultations';
import { MeetingEvent, PublicEvent } from '@roundtable/shared/protocol/events';
import { versionWithWords } from '../testing/consultation-fixtures.ts';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';
import { publishPage, pageText } from '../testing/recruiting-fixtures.ts';
import { ServiceError } from '../services/errors.ts';
import { PublicAnswerCache } from './public-answer-cache.ts';

const HOUR = 3600_000;

describe('PublicAnswerCache', () => {
  let clock = 0;
  const cache = () => new PublicAnswerCache({ ttlMs: 1000, maxEntries: 3, now: () => clock });
  beforeEach(() => (clock = 0));
  const read = async (answers: PublicAnswerCache, key: string, compute: () => Promise<unknown>) =>
    (await answers.json(key, compute)).text;

  it('shares one computation between identical reads at once, and serialises it once', async () => {
    const answers = cache();
    let calls = 0;
    const compute = async () => ({ calls: ++calls });
    const all = await Promise.all(Array.from({ length: 20 }, () => answers.json('a', compute)));
    expect(calls).toBe(1);
    expect(new Set(all.map((json) => json.text))).toEqual(new Set(['{"calls":1}']));
  });

  it('computes again once the copy is older than its time to live', async () => {
    const answers = cache();
    let calls = 0;
    const compute = async () => ++calls;
    await read(answers, 'a', compute);
    clock = 999;
    expect(await read(answers, 'a', compute)).toBe('1');
    clock = 1000;
    expect(await read(answers, 'a', compute)).toBe('2');
  });

  it('after clear, answers fresh, and never keeps what was being computed before it', async () => {
    const answers = cache();
    let value = 'old';
    let release = () => {};
    const slow = () => new Promise<string>((resolve) => (release = () => resolve(value)));
    const before = read(answers, 'a', slow);
    answers.clear();
    value = 'new';
    const after = read(answers, 'a', async () => value);
    release();
    expect(await before).toBe('"new"'); // the slow read finished after the change
    expect(await after).toBe('"new"');
    value = 'newer';
    expect(await read(answers, 'a', async () => value)).toBe('"new"');
    expect(answers.size).toBe(1);
  });

  it('keeps no failed answer: the next read tries again', async () => {
    const answers = cache();
    let fail = true;
    const compute = async () => {
      if (fail) throw new ServiceError('not_found', 'There is no public page at this address.');
      return 'found';
    };
    await expect(read(answers, 'a', compute)).rejects.toThrow(/no public page/);
    fail = false;
    expect(await read(answers, 'a', compute)).toBe('"found"');
  });

  it('keeps at most its bound of copies, dropping the oldest', async () => {
    const answers = cache();
    let calls = 0;
    const compute = async () => ++calls;
    for (const key of ['a', 'b', 'c', 'd']) await read(answers, key, compute);
    expect(answers.size).toBe(3);
    expect(await read(answers, 'd', compute)).toBe('4');
    expect(await read(answers, 'a', compute)).toBe('5');
  });
});

describe('REST: public reads from the kept answers', () => {
  let server: TestServer;
  let anyone: TestApi;

  beforeEach(async () => {
    server = await startTestServer();
    anyone = server.api.as(null);
  });
  afterEach(() => server.close());

  const details = (capacity: number) => ({
    title: 'Launch of the forum',
    startsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
    endsAt: new Date(Date.now() + 50 * HOUR).toISOString(),
    place: 'Town Hall, Room 2',
    venue: { stepFree: true, hearingLoop: true, quietRoom: false, parking: false, other: '' },
    whatToExpect: 'Tea, a welcome, and time to talk.',
    capacity,
  });
  const publicEvent = async (capacity: number) => {
    const created = await server.api.request('POST', '/api/workspaces', { name: 'Forum' });
    const workspaceId = (created.body as { id: string }).id;
    const facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    const meeting = await facilitator.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: 'Launch',
      startsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
    });
    const made = await facilitator.request(
      'PUT',
      `/api/meetings/${(meeting.body as { id: string }).id}/public-event`,
      details(capacity),
    );
    const meetingId = (meeting.body as { id: string }).id;
    return {
      ...{ workspaceId, facilitator, meetingId },
      eventId: MeetingEvent.parse(made.body).event!.id,
    };
  };
  const readEvent = async (eventId: string) => {
    const response = await anyone.request('GET', `/api/public/events/${eventId}`);
    expect(response.status).toBe(200);
    return PublicEvent.parse(response.body);
  };

  it('answers 30 readers of one event at once from one reading of the database', async () => {
    const { eventId } = await publicEvent(10);
    const getEvent = vi.spyOn(server.store.events, 'getEvent');
    const events = await Promise.all(Array.from({ length: 30 }, () => readEvent(eventId)));
    expect(getEvent).toHaveBeenCalledTimes(1);
    expect(events.every((event) => event.placesLeft === 10)).toBe(true);
  });

  it('sends the kept answer as JSON, with the same ETag while it is the same', async () => {
    const { eventId } = await publicEvent(2);
    const url = `${server.origin}/api/public/events/${eventId}`;
    const first = await fetch(url);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(PublicEvent.parse(await first.json()).placesLeft).toBe(2);
    const again = await fetch(url);
    expect(again.headers.get('etag')).toMatch(/^W\/"/);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('shows the places left straight after a booking', async () => {
    const { eventId } = await publicEvent(2);
    expect((await readEvent(eventId)).placesLeft).toBe(2);
    const booking = await anyone.request('POST', `/api/public/events/${eventId}/bookings`, {
      ...{ name: 'Ann', email: '', phone: '01234 567890', accessNeeds: '', places: 2 },
    });
    expect(booking.status).toBe(201);
    expect((await readEvent(eventId)).placesLeft).toBe(0);
  });

  it('shows an event edited by its facilitator at once', async () => {
    const { eventId, meetingId, facilitator } = await publicEvent(2);
    expect((await readEvent(eventId)).placesLeft).toBe(2);
    const edited = await facilitator.request(
      'PUT',
      `/api/meetings/${meetingId}/public-event`,
      details(5),
    );
    expect(edited.status).toBe(200);
    expect((await readEvent(eventId)).placesLeft).toBe(5);
  });

  it('a public page turned off is gone at once, with its list of events', async () => {
    const { workspaceId, facilitator } = await publicEvent(2);
    expect((await publishPage(facilitator, workspaceId, 'hill-ward')).status).toBe(200);
    const page = () => anyone.request('GET', '/api/public-pages/hill-ward');
    const events = () => anyone.request('GET', `/api/public/workspaces/${workspaceId}/events`);
    expect((await page()).status).toBe(200);
    expect((await events()).status).toBe(200);
    const off = await facilitator.request('PUT', `/api/workspaces/${workspaceId}/public-page`, {
      ...{ published: false, slug: 'hill-ward', text: pageText },
    });
    expect(off.status).toBe(200);
    expect((await page()).status).toBe(404);
    expect((await events()).status).toBe(404);
    // Its facilitator still sees the list (to move bookings), never the public's copy.
    expect(
      (await facilitator.request('GET', `/api/public/workspaces/${workspaceId}/events`)).status,
    ).toBe(200);
  });

  it('shows an approved comment at once, and an erased one is gone at once', async () => {
    const ids = await versionWithWords(server);
    const published = await server.api.request(
      'POST',
      `/api/workspaces/${ids.workspaceId}/consultations`,
      {
        versionId: ids.versionId,
        introduction: 'Tell us.',
        closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
      },
    );
    const id = (published.body as { id: string }).id;
    const view = async () =>
      PublicConsultation.parse(
        (await anyone.request('GET', `/api/public/consultations/${id}`)).body,
      ).comments;
    const sent = await anyone.request('POST', `/api/public/consultations/${id}/comments`, {
      ...{ paragraph: 1, body: 'Free buses would help me.', website: '' },
    });
    expect(sent.status).toBe(201);
    expect(await view()).toEqual([]);
    const details = await server.api.request('GET', `/api/consultations/${id}`);
    const commentId = (details.body as { comments: { id: string }[] }).comments[0]!.id;
    const moderated = await server.api.request(
      'POST',
      `/api/consultations/${id}/comments/${commentId}/moderation`,
      { decision: 'approve' },
    );
    expect(moderated.status).toBe(200);
    expect((await view()).map((comment) => comment.body)).toEqual(['Free buses would help me.']);
    const erased = await server.api.request(
      'POST',
      `/api/consultations/${id}/comments/${commentId}/erasure`,
      { removeWords: true },
    );
    expect(erased.status).toBe(200);
    expect(JSON.stringify(await view())).not.toContain('Free buses');
  });
});
