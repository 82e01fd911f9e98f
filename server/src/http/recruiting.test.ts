// Recruiting over REST (issue 14): a public page is off until a facilitator turns it on, and
// then shows only what they wrote; anyone may ask to join from it; only the workspace's
// facilitators see and answer the requests (a member, an observer, a facilitator of another
// workspace and a removed facilitator are refused); the invite letter carries the link and its
// QR code; joining through it links the request to the person; erasing and retention remove it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherPersonalData } from '../services/personal-data-gather.ts';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';
import { byPost, pageText, publishPage } from '../testing/recruiting-fixtures.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('recruiting: the public page and join requests', () => {
  let server: TestServer;
  let workspaceId: string;
  let otherWorkspaceId: string;
  let facilitator: TestApi;
  let anyone: TestApi;
  const queue = (api: TestApi = facilitator) =>
    api.request('GET', `/api/workspaces/${workspaceId}/join-requests`);

  beforeAll(async () => {
    server = await startTestServer();
    ({ workspaceId } = await server.api.createDocument());
    ({ workspaceId: otherWorkspaceId } = await server.api.createDocument());
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    anyone = server.api.as(null);
  });
  afterAll(async () => {
    await server.close();
  });

  it('keeps the page off, and its address unknown, until a facilitator turns it on', async () => {
    expect((await anyone.request('GET', '/api/public-pages/hill-ward')).status).toBe(404);
    const page = await fetch(`${server.origin}/p/hill-ward`);
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('Partnership Board');
    const settings = await facilitator.request('GET', `/api/workspaces/${workspaceId}/public-page`);
    expect(settings.body).toMatchObject({ published: false, slug: '' });

    const badSlug = await facilitator.request('PUT', `/api/workspaces/${workspaceId}/public-page`, {
      published: true,
      slug: 'Hill Ward!',
      text: pageText,
    });
    expect(badSlug.status).toBe(400);
    expect((await publishPage(facilitator, workspaceId, 'hill-ward')).status).toBe(200);
    const other = await publishPage(server.api, otherWorkspaceId, 'hill-ward');
    expect(other.status).toBe(409);

    const read = await anyone.request('GET', '/api/public-pages/hill-ward');
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      slug: 'hill-ward',
      workspaceName: 'Learning Disability Partnership Board',
      text: pageText,
      events: [],
      consultations: [],
    });
    expect((await fetch(`${server.origin}/p/hill-ward`)).status).not.toBe(404);
  });

  it('takes a request from anyone, drops a robot’s, and refuses a malformed one', async () => {
    const sent = await anyone.request('POST', '/api/public-pages/hill-ward/join-requests', byPost);
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({
      received: true,
      workspaceName: 'Learning Disability Partnership Board',
    });
    const robot = await anyone.request('POST', '/api/public-pages/hill-ward/join-requests', {
      ...byPost,
      name: 'Robot',
      website: 'http://spam.example',
    });
    expect(robot.status).toBe(201);
    for (const body of [
      { ...byPost, name: '' },
      { ...byPost, contact: { way: 'email', email: 'not-an-address' } },
      { ...byPost, contact: { way: 'pigeon' } },
      { ...byPost, reason: 'x'.repeat(5000) },
      { ...byPost, extra: true },
    ]) {
      const refused = await anyone.request(
        'POST',
        '/api/public-pages/hill-ward/join-requests',
        body,
      );
      expect(refused.status).toBe(400);
    }
    expect(
      (await anyone.request('POST', '/api/public-pages/nowhere/join-requests', byPost)).status,
    ).toBe(404);
    const list = await queue();
    expect(list.body).toMatchObject({ waiting: 1, canEmail: false });
    expect((list.body.requests as { name: string }[]).map((r) => r.name)).toEqual(['Jo Bloggs']);
  });

  it('shows and lets act on requests only the workspace’s facilitators', async () => {
    const member = await personApi(server, workspaceId, 'Mo', 'member');
    const observer = await personApi(server, workspaceId, 'Obi', 'observer');
    const elsewhere = await personApi(server, otherWorkspaceId, 'Els', 'facilitator');
    const removed = await personApi(server, workspaceId, 'Rem', 'facilitator');
    const me = await removed.request('GET', '/api/me');
    await server.api.request(
      'DELETE',
      `/api/workspaces/${workspaceId}/members/${(me.body.profile as { id: string }).id}`,
    );
    const [request] = (await queue()).body.requests as { id: string }[];
    const base = `/api/workspaces/${workspaceId}`;
    for (const [api, status] of [
      [anyone, 401],
      [member, 403],
      [observer, 403],
      [elsewhere, 403],
      [removed, 403],
    ] as const) {
      expect((await queue(api)).status).toBe(status);
      expect((await api.request('GET', `${base}/public-page`)).status).toBe(status);
      const answer = { kind: 'decline', message: 'No.' };
      const path = `${base}/join-requests/${request!.id}`;
      expect((await api.request('POST', `${path}/answers`, answer)).status).toBe(status);
      expect((await api.request('GET', `${path}/letter`)).status).toBe(status);
      expect((await api.request('GET', `${path}/data`)).status).toBe(status);
      expect((await api.request('DELETE', path)).status).toBe(status);
    }
    // A request of another workspace is not found through this one.
    const fromElsewhere = `/api/workspaces/${otherWorkspaceId}/join-requests/${request!.id}/data`;
    expect((await elsewhere.request('GET', fromElsewhere)).status).toBe(404);
    expect((await queue()).body.waiting).toBe(1);
  });

  it('invites by letter with the link and a QR code, and links the request when they join', async () => {
    const [request] = (await queue()).body.requests as { id: string }[];
    const path = `/api/workspaces/${workspaceId}/join-requests/${request!.id}`;
    const invited = await facilitator.request('POST', `${path}/answers`, {
      kind: 'invite',
      message: 'We meet on Tuesdays.',
    });
    expect(invited.status).toBe(200);
    expect(invited.body).toMatchObject({ state: 'invited', mails: [] });
    const letter = await facilitator.request('GET', `${path}/letter`);
    expect(letter.body).toMatchObject({ name: 'Jo Bloggs', address: byPost.contact.address });
    const link = letter.body.link as string;
    expect(letter.body.message).toContain(link);
    expect(letter.body.message).toContain('We meet on Tuesdays.');
    expect(letter.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    const token = link.split('/join/')[1]!;
    const joined = await anyone.request('POST', `/api/invites/${token}/join`, {
      name: 'Jo Bloggs',
    });
    expect(joined.status).toBe(200);
    const [after] = (await queue()).body.requests as { state: string; personId: string }[];
    expect(after).toMatchObject({ state: 'joined' });
    const person = await server.store.identity.getUser(after!.personId);
    expect(person?.name).toBe('Jo Bloggs');
    const copy = await gatherPersonalData(server.store, {
      person: person!,
      scope: { kind: 'everything' },
      madeBy: 'you',
      now: new Date(),
      seesAccessNeedsIn: () => false,
    });
    expect(copy.joinRequests).toMatchObject([
      { name: 'Jo Bloggs', needs: byPost.needs, state: 'joined' },
    ]);
  });

  it('declines kindly, downloads and erases a request, and audits without personal data', async () => {
    await anyone.request('POST', '/api/public-pages/hill-ward/join-requests', {
      ...byPost,
      name: 'Sam Private',
      contact: { way: 'supporter', supporterName: 'Pat', supporterContact: '01234 567890' },
    });
    const sam = ((await queue()).body.requests as { id: string; name: string }[]).find(
      (r) => r.name === 'Sam Private',
    )!;
    const path = `/api/workspaces/${workspaceId}/join-requests/${sam.id}`;
    const declined = await facilitator.request('POST', `${path}/answers`, {
      kind: 'decline',
      message: 'Thank you for asking. The group is full for now.',
    });
    expect(declined.body).toMatchObject({ state: 'declined' });
    const letter = await facilitator.request('GET', `${path}/letter`);
    expect(letter.body).toMatchObject({ link: null, qrSvg: null });
    expect(letter.body.address).toContain('Care of Pat');
    const data = await fetch(`${server.origin}${path}/data`, {
      headers: { authorization: `Bearer ${(facilitator as unknown as { token: string }).token}` },
    });
    expect(data.headers.get('content-disposition')).toContain('attachment');
    expect(await data.json()).toMatchObject({ name: 'Sam Private' });

    expect((await facilitator.request('DELETE', path)).status).toBe(204);
    expect((await facilitator.request('GET', `${path}/letter`)).status).toBe(404);
    const audit = await server.api.request('GET', `/api/workspaces/${workspaceId}/audit`);
    const entries = JSON.stringify(audit.body);
    for (const action of ['public-page.changed', 'join-request.invited', 'join-request.joined']) {
      expect(entries).toContain(action);
    }
    expect(entries).toContain('join-request.erased');
    expect(entries).not.toContain('Sam Private');
    expect(entries).not.toContain('01234 567890');
  });

  it('erases the request of a person who joined when the person is erased', async () => {
    const [joined] = (await queue()).body.requests as { id: string; personId: string }[];
    const erased = await server.api.request('POST', `/api/people/${joined!.personId}/erasure`, {});
    expect(erased.status).toBe(200);
    const names = ((await queue()).body.requests as { name: string }[]).map((r) => r.name);
    expect(names).not.toContain('Jo Bloggs');
    expect(await server.store.joinRequests.getJoinRequest(joined!.id)).toBeUndefined();
  });

  it("lists the workspace's own upcoming public events, with the places left", async () => {
    const publicEvent = async (api: TestApi, workspace: string, title: string) => {
      const startsAt = Date.now() + 2 * DAY_MS;
      const meeting = await api.request('POST', `/api/workspaces/${workspace}/meetings`, {
        title,
        startsAt: new Date(startsAt).toISOString(),
      });
      const event = await api.request('PUT', `/api/meetings/${meeting.body.id}/public-event`, {
        ...{ title, place: 'Town Hall', whatToExpect: '', capacity: 3 },
        ...{ startsAt: new Date(startsAt).toISOString() },
        endsAt: new Date(startsAt + DAY_MS / 12).toISOString(),
        venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
      });
      expect(event.status).toBe(200);
      return (event.body as { event: { id: string } }).event.id;
    };
    const launch = await publicEvent(facilitator, workspaceId, 'Launch of the forum');
    await publicEvent(server.api, otherWorkspaceId, 'Another group’s open day');
    const booked = await anyone.request('POST', `/api/public/events/${launch}/bookings`, {
      ...{ name: 'Pat Visitor', phone: '0123 456', places: 2 },
    });
    expect(booked.status).toBe(201);

    const page = await anyone.request('GET', '/api/public-pages/hill-ward');
    expect(page.body.events).toEqual([
      expect.objectContaining({ id: launch, title: 'Launch of the forum', placesLeft: 1 }),
    ]);
  });

  it('removes declined and unanswered requests after JOIN_REQUEST_KEEP_DAYS, and counts them', async () => {
    await anyone.request('POST', '/api/public-pages/hill-ward/join-requests', {
      ...byPost,
      name: 'Old Request',
    });
    expect((await server.app.retention.sweep()).joinRequests).toBe(0);
    server.advanceClock(181 * DAY_MS);
    expect((await server.app.retention.sweep()).joinRequests).toBe(1);
    expect((await queue()).body.requests).toEqual([]);
  });
});
