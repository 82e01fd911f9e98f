// A join request from an email address that already has an account (issue 14 attack): the public
// form answers exactly as for any other address, so it tells a stranger nothing; the facilitators
// see the request marked (an account, or one of their members); the invite tells the person to
// sign in first, and the link then adds the group to the account they have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  personApi,
  startTestServer,
  type TestApi,
  type TestServer,
} from '../testing/harness.ts';
import { publishPage } from '../testing/recruiting-fixtures.ts';

describe('a join request from an address that already has an account', () => {
  let server: TestServer;
  let workspaceId: string;
  let facilitator: TestApi;
  let anyone: TestApi;
  const base = () => `/api/workspaces/${workspaceId}/join-requests`;
  const ask = (name: string, email: string) =>
    anyone.request('POST', '/api/public-pages/account-ward/join-requests', {
      name,
      contact: { way: 'email', email },
      needs: '',
      reason: 'I want to help.',
      website: '',
    });
  const queue = async () =>
    (await facilitator.request('GET', base())).body.requests as {
      id: string;
      name: string;
      emailAccount: string;
      state: string;
      personId: string | null;
    }[];

  beforeAll(async () => {
    server = await startTestServer();
    ({ workspaceId } = await server.api.createDocument());
    facilitator = await personApi(server, workspaceId, 'Fran', 'facilitator');
    anyone = server.api.as(null);
    expect((await publishPage(facilitator, workspaceId, 'account-ward')).status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
  });

  it('is taken like any other, marked for the facilitators, and the invite joins the account', async () => {
    const kim = await server.app.signIn.createPerson({
      name: 'Kim Known',
      email: 'kim@example.org',
      isAdmin: false,
    });
    const mo = await server.app.signIn.createPerson({
      name: 'Mo Member',
      email: 'mo@example.org',
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      ...{ workspaceId, userId: mo.id, role: 'member' },
      ...{ joinedAt: new Date().toISOString(), inviteId: null },
    });

    const fresh = await ask('Fay Fresh', 'fay@example.org');
    const known = await ask('Kim Known', 'KIM@example.org');
    const member = await ask('Mo Member', 'mo@example.org');
    for (const answer of [fresh, known, member]) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(fresh.body);
    }

    const requests = await queue();
    const byName = (name: string) => requests.find((request) => request.name === name)!;
    expect(byName('Fay Fresh').emailAccount).toBe('none');
    expect(byName('Kim Known').emailAccount).toBe('account');
    expect(byName('Mo Member').emailAccount).toBe('member');
    // The request as a file (often given to the person who asked) does not say so.
    const file = await facilitator.request('GET', `${base()}/${byName('Kim Known').id}/data`);
    expect(file.body).toMatchObject({ name: 'Kim Known' });
    expect(file.body).not.toHaveProperty('emailAccount');

    const invite = async (requestId: string) => {
      const answer = { kind: 'invite', message: '' };
      expect(
        (await facilitator.request('POST', `${base()}/${requestId}/answers`, answer)).status,
      ).toBe(200);
      return (await facilitator.request('GET', `${base()}/${requestId}/letter`)).body as {
        message: string;
        link: string;
      };
    };
    expect((await invite(byName('Fay Fresh').id)).message).not.toContain('already have');
    const letter = await invite(byName('Kim Known').id);
    expect(letter.message).toContain(
      'You already have a Roundtable account with this email address. Sign in first, then open the link',
    );

    // Kim, signed in, opens the link: the group is added to the account Kim has.
    const kimApi = server.api.as((await server.app.tokens.create(kim.id, 'tests')).token);
    const secret = letter.link.split('/join/')[1]!;
    expect((await kimApi.request('POST', `/api/invites/${secret}/join`, {})).status).toBe(200);
    expect(await server.store.identity.getMembership(workspaceId, kim.id)).toMatchObject({
      role: 'member',
    });
    await eventually(async () => {
      const joined = (await queue()).find((request) => request.name === 'Kim Known')!;
      expect(joined).toMatchObject({ state: 'joined', personId: kim.id, emailAccount: 'member' });
    });
  });
});
