// Issue 10: who may hand out a sign-in link, what "sign out everywhere" and a new password end,
// the setup link, email links, caching of /api answers, and /metrics. Over REST, against a real
// server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { WebSocket } from 'ws';
import { closeOf, startTestServer, type TestServer } from '../testing/harness.ts';

const cookieFrom = (response: Response): string =>
  (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('account safety', () => {
  let server: TestServer;
  let workspaceId: string;
  beforeEach(async () => {
    server = await startTestServer();
    workspaceId = (await server.api.request('POST', '/api/workspaces', { name: 'LD Board' })).body
      .id as string;
  });
  afterEach(async () => {
    await server.close();
  });

  const inviteIn = async (workspace: string, role: string) => {
    const created = await server.api.request('POST', `/api/workspaces/${workspace}/invites`, {
      role,
      expiresInDays: 14,
    });
    expect(created.status).toBe(201);
    return (created.body.url as string).split('/join/')[1]!;
  };
  /** Joins with an invite link as a new person; returns their cookie and id. */
  const joinAs = async (token: string, name: string, cookie?: string) => {
    const joined = await fetch(`${server.origin}/api/invites/${token}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(cookie ? {} : { name }),
    });
    expect(joined.status).toBe(200);
    const body = (await joined.json()) as { profile: { id: string } };
    return { cookie: cookie ?? cookieFrom(joined), id: body.profile.id };
  };
  const asCookie = (cookie: string, method: string, path: string, body?: unknown) =>
    fetch(server.origin + path, {
      method,
      headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  describe('one-time sign-in links', () => {
    it("refuses a facilitator a link for an administrator, or for someone whose rights go beyond the facilitator's", async () => {
      const facilitator = await joinAs(await inviteIn(workspaceId, 'facilitator'), 'Fiona');
      const member = await joinAs(await inviteIn(workspaceId, 'member'), 'Mark');
      const admin = (await server.api.request('GET', '/api/me')).body as {
        profile: { id: string };
      };
      const linkFor = (userId: string) =>
        asCookie(
          facilitator.cookie,
          'POST',
          `/api/workspaces/${workspaceId}/members/${userId}/sign-in-link`,
        );

      // The administrator created the workspace, so they are one of its facilitators.
      const forAdmin = await linkFor(admin.profile.id);
      expect(forAdmin.status).toBe(403);
      expect(((await forAdmin.json()) as { error: { message: string } }).error.message).toMatch(
        /administrator/,
      );
      expect((await linkFor(member.id)).status).toBe(201);

      // Once the member also belongs to a workspace Fiona does not run, she may not sign in as them.
      const other = (await server.api.request('POST', '/api/workspaces', { name: 'Carers Forum' }))
        .body.id as string;
      await joinAs(await inviteIn(other, 'observer'), 'Mark', member.cookie);
      expect((await linkFor(member.id)).status).toBe(403);
      // An administrator still may.
      const byAdmin = await server.api.request(
        'POST',
        `/api/workspaces/${workspaceId}/members/${member.id}/sign-in-link`,
      );
      expect(byAdmin.status).toBe(201);
    });
  });

  describe('sessions and tokens', () => {
    const signInLinkFor = async (userId: string) => {
      const link = await server.api.request(
        'POST',
        `/api/workspaces/${workspaceId}/members/${userId}/sign-in-link`,
      );
      const secret = (link.body.url as string).split('/sign-in/')[1]!;
      const signedIn = await fetch(`${server.origin}/api/sign-in/link/${secret}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return cookieFrom(signedIn);
    };
    const newToken = async (cookie: string) =>
      (
        (await (await asCookie(cookie, 'POST', '/api/tokens', { name: 'script' })).json()) as {
          token: string;
        }
      ).token;
    const meWithToken = (token: string) =>
      fetch(`${server.origin}/api/me`, { headers: { authorization: `Bearer ${token}` } });

    it('keeps API tokens on "Sign out everywhere" unless asked to revoke them too', async () => {
      const rachel = await joinAs(await inviteIn(workspaceId, 'member'), 'Rachel');
      const kept = await newToken(rachel.cookie);
      expect((await asCookie(rachel.cookie, 'POST', '/api/sign-out-everywhere')).status).toBe(204);
      expect((await asCookie(rachel.cookie, 'GET', '/api/me')).status).toBe(401);
      expect((await meWithToken(kept)).status).toBe(200);

      const cookie = await signInLinkFor(rachel.id);
      const documentId = (
        await server.api.request('POST', '/api/documents', { workspaceId, title: 'Strategy' })
      ).body.id as string;
      const live = new WebSocket(`${server.wsOrigin}/collab/${documentId}?token=${kept}`);
      const closed = closeOf(live);
      await new Promise((resolve) => live.once('message', resolve));
      const everywhere = await asCookie(cookie, 'POST', '/api/sign-out-everywhere', {
        revokeTokens: true,
      });
      expect(everywhere.status).toBe(204);
      expect((await meWithToken(kept)).status).toBe(401);
      expect((await closed).code).toBe(CloseCode.unauthorized);
    });

    it('ends every other session when a password is set, keeping the one in use', async () => {
      const joined = await fetch(
        `${server.origin}/api/invites/${await inviteIn(workspaceId, 'member')}/join`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Priya', email: 'priya@example.org' }),
        },
      );
      const onPhone = cookieFrom(joined);
      const { profile } = (await joined.json()) as { profile: { id: string } };
      const onLaptop = await signInLinkFor(profile.id);
      const set = await asCookie(onLaptop, 'PUT', '/api/me/password', {
        password: 'a long enough password',
      });
      expect(set.status).toBe(204);
      expect((await asCookie(onLaptop, 'GET', '/api/me')).status).toBe(200);
      expect((await asCookie(onPhone, 'GET', '/api/me')).status).toBe(401);
    });

    it('joins with an API token without handing out a session cookie', async () => {
      const rachel = await joinAs(await inviteIn(workspaceId, 'member'), 'Rachel');
      const token = await newToken(rachel.cookie);
      const joined = await fetch(
        `${server.origin}/api/invites/${await inviteIn(workspaceId, 'observer')}/join`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{}',
        },
      );
      expect(joined.status).toBe(200);
      expect(joined.headers.get('set-cookie')).toBeNull();
    });
  });

  describe('the setup link', () => {
    it('stops working once someone has an account', async () => {
      const ada = (await server.store.identity.findUserByEmail('ada@example.org'))!;
      await server.store.identity.eraseUser(ada.id);
      const secret = await server.app.signIn.createSetupLinkIfNoUsers();
      expect(secret).toBeDefined();
      // An administrator is made another way (the admin CLI) before the link is used.
      await server.app.signIn.createPerson({ name: 'Ben', email: null, isAdmin: true });
      const used = await server.api.as(null).request('POST', `/api/setup/${secret}`, {
        name: 'Eve',
      });
      expect(used.status).toBe(404);
      expect(await server.store.identity.countUsers()).toBe(1);
    });
  });

  describe('caching', () => {
    it('tells browsers and proxies to keep no copy of any /api answer', async () => {
      const answers = [
        await fetch(`${server.origin}/api/me`, {
          headers: { authorization: `Bearer ${server.adminToken}` },
        }),
        await fetch(`${server.origin}/api/me`),
        await fetch(`${server.origin}/api/no-such-thing`),
        await fetch(`${server.origin}/api/workspaces`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
          body: '{}',
        }),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 403]);
      for (const answer of answers) expect(answer.headers.get('cache-control')).toBe('no-store');
    });
  });
});

describe('/metrics', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers only on this machine without METRICS_TOKEN, never through a proxy', async () => {
    server = await startTestServer();
    const local = await fetch(`${server.origin}/metrics`);
    expect(local.status).toBe(200);
    expect(await local.text()).toMatch(/# TYPE/);
    const proxied = await fetch(`${server.origin}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(proxied.status).toBe(401);
  });

  it('requires the METRICS_TOKEN as a Bearer token when it is set', async () => {
    const metricsToken = 'metrics-token-for-prometheus';
    server = await startTestServer({ METRICS_TOKEN: metricsToken });
    const ask = (authorization?: string) =>
      fetch(`${server!.origin}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
    expect((await ask()).status).toBe(401);
    expect((await ask('Bearer not-the-metrics-token')).status).toBe(401);
    expect((await ask(`Bearer ${server.adminToken}`)).status).toBe(401);
    const allowed = await ask(`Bearer ${metricsToken}`);
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/# TYPE/);
  });
});
