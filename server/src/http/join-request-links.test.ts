// The invite link made for a join request works for one person, once: a second person is
// refused, a new Invite, a question, a Decline and an Erase take the earlier link back, and the request stays
// with the first person who joined. Join requests are seen only by the workspace's facilitators:
// an administrator who is not one is refused.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonalData } from '../export/personal-data/types.ts';
import {
  personApi,
  seedAdmin,
  startTestServer,
  type TestApi,
  type TestServer,
} from '../testing/harness.ts';
import { byPost, publishPage } from '../testing/recruiting-fixtures.ts';

describe('the invite link for a join request', () => {
  let server: TestServer;
  let workspaceId: string;
  let facilitator: TestApi;
  let anyone: TestApi;
  const base = () => `/api/workspaces/${workspaceId}/join-requests`;

  /** Sends a request from the public page and returns its id. */
  async function newRequest(name: string): Promise<string> {
    await anyone.request('POST', '/api/public-pages/link-ward/join-requests', { ...byPost, name });
    const { requests } = (await facilitator.request('GET', base())).body as {
      requests: { id: string; name: string }[];
    };
    return requests.find((request) => request.name === name)!.id;
  }

  async function answer(requestId: string, kind: 'invite' | 'decline' | 'ask') {
    const message = kind === 'invite' ? '' : 'Thank you.';
    return facilitator.request('POST', `${base()}/${requestId}/answers`, { kind, message });
  }

  /** Invites the request and returns the secret of its link. */
  async function invite(requestId: string): Promise<string> {
    expect((await answer(requestId, 'invite')).status).toBe(200);
    const letter = await facilitator.request('GET', `${base()}/${requestId}/letter`);
    return (letter.body.link as string).split('/join/')[1]!;
  }

  const join = (secret: string, name: string) =>
    anyone.request('POST', `/api/invites/${secret}/join`, { name });

  beforeAll(async () => {
    server = await startTestServer();
    ({ workspaceId } = await server.api.createDocument());
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    anyone = server.api.as(null);
    expect((await publishPage(facilitator, workspaceId, 'link-ward')).status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
  });

  it('lets one person join with it; the next is refused and the request stays theirs', async () => {
    const requestId = await newRequest('Jo Bloggs');
    const secret = await invite(requestId);
    expect((await join(secret, 'Jo Bloggs')).status).toBe(200);
    const second = await join(secret, 'Stranger');
    expect(second.status).toBe(404);
    expect(second.body.error).toMatchObject({ message: expect.stringContaining('already used') });
    const data = await facilitator.request('GET', `${base()}/${requestId}/data`);
    const person = await server.store.identity.getUser(data.body.personId as string);
    expect(person?.name).toBe('Jo Bloggs');
    const members = await facilitator.request('GET', `/api/workspaces/${workspaceId}/members`);
    expect(JSON.stringify(members.body)).not.toContain('Stranger');

    // A copy of Jo's data made by an administrator who is not a facilitator leaves out the needs
    // Jo wrote (like access needs); the facilitator's copy has them.
    const copyBy = async (token: string) => {
      const path = `/api/workspaces/${workspaceId}/members/${person!.id}/data`;
      const response = await fetch(server.origin + path, {
        headers: { authorization: `Bearer ${token}` },
      });
      const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
      return JSON.parse(strFromU8(entries['your-data.json']!)) as PersonalData;
    };
    const ben = await seedAdmin(server.app, 'ben@example.org');
    expect((await copyBy(ben)).joinRequests).toMatchObject([{ name: 'Jo Bloggs', needs: null }]);
    expect((await copyBy(facilitator.token!)).joinRequests).toMatchObject([
      { name: 'Jo Bloggs', needs: byPost.needs },
    ]);
  });

  it('stops the earlier link when the request is invited again, asked, declined or erased', async () => {
    const again = await newRequest('Invited Twice');
    const first = await invite(again);
    const second = await invite(again);
    expect((await join(first, 'Someone With The Old Link')).status).toBe(404);

    const asked = await newRequest('Asked After Invite');
    const askedLink = await invite(asked);
    expect((await answer(asked, 'ask')).status).toBe(200);
    const askedJoin = await join(askedLink, 'Someone Asked');
    expect(askedJoin.status).toBe(404);
    expect(askedJoin.body.error).toMatchObject({ message: expect.stringContaining('withdrawn') });
    const question = await facilitator.request('GET', `${base()}/${asked}/letter`);
    expect(question.body).toMatchObject({
      message: expect.stringContaining('Thank you.'),
      link: null,
    });
    expect(question.body.message).not.toContain('/join/');

    const declined = await newRequest('Declined After Invite');
    const declinedLink = await invite(declined);
    expect((await answer(declined, 'decline')).status).toBe(200);
    expect((await join(declinedLink, 'Someone Declined')).status).toBe(404);

    const erased = await newRequest('Erased After Invite');
    const erasedLink = await invite(erased);
    expect((await facilitator.request('DELETE', `${base()}/${erased}`)).status).toBe(204);
    expect((await join(erasedLink, 'Someone Erased')).status).toBe(404);

    expect((await join(second, 'Invited Twice')).status).toBe(200);
    const audit = await facilitator.request('GET', `/api/workspaces/${workspaceId}/audit`);
    const revoked = (audit.body as unknown as { action: string; details: unknown }[]).filter(
      (entry) => entry.action === 'invite.revoked',
    );
    // Invited again, asked, declined and erased: each withdrawal is in the log, with why.
    expect(revoked.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([
        { reason: 'join-request-answered' },
        { reason: 'join-request-erased' },
      ]),
    );
    expect(revoked).toHaveLength(4);
  });

  it('shows join requests to the workspace’s facilitators only, not to an administrator', async () => {
    const requestId = await newRequest('Private Person');
    const path = `${base()}/${requestId}`;
    const admin = server.api.as(await seedAdmin(server.app, 'ben@example.org'));
    expect((await admin.request('GET', `/api/workspaces/${workspaceId}/public-page`)).status).toBe(
      200,
    );
    const refused = await admin.request('GET', base());
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      message: "Only this workspace's facilitators can see and answer its join requests.",
    });
    expect(JSON.stringify(refused.body)).not.toContain('Private Person');
    expect((await admin.request('GET', `${path}/data`)).status).toBe(403);
    expect((await admin.request('GET', `${path}/letter`)).status).toBe(403);
    const decline = { kind: 'decline', message: 'No.' };
    expect((await admin.request('POST', `${path}/answers`, decline)).status).toBe(403);
    expect((await admin.request('DELETE', path)).status).toBe(403);
    // The facilitator still sees and answers it.
    expect((await facilitator.request('GET', `${path}/data`)).status).toBe(200);
    expect((await answer(requestId, 'ask')).status).toBe(200);
  });
});
