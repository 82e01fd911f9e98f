// Joining by invite link, one-time sign-in links, the setup link, sessions, and access changes
// reaching live connections within a second.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import {
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import { WebSocket } from 'ws';

const cookieFrom = (response: Response): string =>
  (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('joining and signing in', () => {
  let server: TestServer;
  let workspaceId: string;
  let documentId: string;
  beforeEach(async () => {
    server = await startTestServer();
    workspaceId = (await server.api.request('POST', '/api/workspaces', { name: 'LD Board' })).body
      .id as string;
    documentId = (
      await server.api.request('POST', '/api/documents', { workspaceId, title: 'Strategy' })
    ).body.id as string;
  });
  afterEach(async () => {
    await server.close();
  });

  const invite = async (role = 'member', expiresInDays = 14) => {
    const created = await server.api.request('POST', `/api/workspaces/${workspaceId}/invites`, {
      role,
      expiresInDays,
    });
    expect(created.status).toBe(201);
    return {
      id: created.body.id as string,
      token: (created.body.url as string).split('/join/')[1]!,
    };
  };
  const join = (token: string, body: unknown) =>
    fetch(`${server.origin}/api/invites/${token}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lets a person join with an invite link by typing only their name, and signs them in', async () => {
    const { id, token } = await invite();
    const preview = await server.api.as(null).request('GET', `/api/invites/${token}`);
    expect(preview.body).toMatchObject({ workspaceName: 'LD Board', role: 'member' });
    const joined = await join(token, { name: 'Rachel', remember: true });
    expect(joined.status).toBe(200);
    const setCookie = joined.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/rt_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=\d+/);
    const me = await fetch(`${server.origin}/api/me`, { headers: { cookie: cookieFrom(joined) } });
    expect(await me.json()).toMatchObject({
      profile: { name: 'Rachel' },
      memberships: [{ workspaceId, role: 'member' }],
    });
    const invites = await server.api.request('GET', `/api/workspaces/${workspaceId}/invites`);
    expect(invites.body).toEqual([
      expect.objectContaining({ id, joined: [expect.objectContaining({ name: 'Rachel' })] }),
    ]);
    // The cookie opens the document over /collab too.
    const socket = new WebSocket(`${server.wsOrigin}/collab/${documentId}`, {
      headers: { cookie: cookieFrom(joined) },
    });
    await new Promise((resolve) => socket.once('message', resolve));
    socket.close();
  });

  it('refuses expired and withdrawn invite links', async () => {
    const withdrawn = await invite();
    await server.api.request('DELETE', `/api/workspaces/${workspaceId}/invites/${withdrawn.id}`);
    expect((await join(withdrawn.token, { name: 'Sam' })).status).toBe(404);
    const expiring = await invite('member', 1);
    server.advanceClock(25 * 60 * 60 * 1000);
    expect((await join(expiring.token, { name: 'Sam' })).status).toBe(404);
    expect((await join('not-a-real-invite-token', { name: 'Sam' })).status).toBe(404);
  });

  it('signs in once with a one-time link, and never again with the same link', async () => {
    const { token } = await invite();
    const joined = await join(token, { name: 'Lucy' });
    const me = (await (
      await fetch(`${server.origin}/api/me`, { headers: { cookie: cookieFrom(joined) } })
    ).json()) as { profile: { id: string } };
    const link = await server.api.request(
      'POST',
      `/api/workspaces/${workspaceId}/members/${me.profile.id}/sign-in-link`,
    );
    const secret = (link.body.url as string).split('/sign-in/')[1]!;
    const first = await server.api
      .as(null)
      .request('POST', `/api/sign-in/link/${secret}`, { remember: false });
    expect(first.status).toBe(200);
    const again = await server.api
      .as(null)
      .request('POST', `/api/sign-in/link/${secret}`, { remember: false });
    expect(again.status).toBe(404);
  });

  it('gives a new session id at every sign-in, and signs out everywhere', async () => {
    const { token } = await invite();
    const first = await join(token, { name: 'Mark' });
    const me = (await (
      await fetch(`${server.origin}/api/me`, { headers: { cookie: cookieFrom(first) } })
    ).json()) as { profile: { id: string } };
    const link = await server.api.request(
      'POST',
      `/api/workspaces/${workspaceId}/members/${me.profile.id}/sign-in-link`,
    );
    const second = await fetch(
      `${server.origin}/api/sign-in/link/${(link.body.url as string).split('/sign-in/')[1]}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(cookieFrom(second)).not.toBe(cookieFrom(first));
    const live = new WebSocket(`${server.wsOrigin}/collab/${documentId}`, {
      headers: { cookie: cookieFrom(first) },
    });
    const closed = closeOf(live);
    await new Promise((resolve) => live.once('message', resolve));
    await fetch(`${server.origin}/api/sign-out-everywhere`, {
      method: 'POST',
      headers: { cookie: cookieFrom(second) },
    });
    expect((await closed).code).toBe(CloseCode.unauthorized);
    for (const cookie of [cookieFrom(first), cookieFrom(second)]) {
      expect((await fetch(`${server.origin}/api/me`, { headers: { cookie } })).status).toBe(401);
    }
  });

  it('creates the first administrator with the setup link, once', async () => {
    await server.close();
    server = await startTestServer();
    await server.store.identity.eraseUser(
      (await server.store.identity.findUserByEmail('ada@example.org'))!.id,
    );
    const secret = await server.app.signIn.createSetupLinkIfNoUsers();
    expect(secret).toBeDefined();
    const first = await server.api
      .as(null)
      .request('POST', `/api/setup/${secret}`, { name: 'Ada' });
    expect(first.body).toMatchObject({ profile: { name: 'Ada', isAdmin: true } });
    expect(
      (await server.api.as(null).request('POST', `/api/setup/${secret}`, { name: 'Eve' })).status,
    ).toBe(404);
    expect(await server.app.signIn.createSetupLinkIfNoUsers()).toBeUndefined();
  });

  it('lists tokens without their secret, and a revoked token loses its live connection within a second', async () => {
    const created = await server.api.request('POST', '/api/tokens', { name: 'Export script' });
    expect(created.status).toBe(201);
    const listed = await server.api.request('GET', '/api/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token as string);
    expect(listed.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Export script', lastUsedAt: null }),
      ]),
    );
    const client = connectClient(server.wsOrigin, documentId, {
      token: created.body.token as string,
    });
    await whenSynced(client);
    const closed = new Promise<number>((resolve) =>
      client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    const started = Date.now();
    expect((await server.api.request('DELETE', `/api/tokens/${created.body.id}`)).status).toBe(204);
    expect(await closed).toBe(CloseCode.unauthorized);
    expect(Date.now() - started).toBeLessThan(1000);
    client.destroy();
    expect(
      (await server.api.as(created.body.token as string).request('GET', '/api/me')).status,
    ).toBe(401);
  });

  it('disconnects a removed member within a second, and a role change to observer stops their writes', async () => {
    const a = await invite();
    const b = await invite();
    const joinedA = await join(a.token, { name: 'Alex' });
    const joinedB = await join(b.token, { name: 'Bea' });
    const idOf = async (r: Response) =>
      (
        (await (
          await fetch(`${server.origin}/api/me`, { headers: { cookie: cookieFrom(r) } })
        ).json()) as { profile: { id: string } }
      ).profile.id;
    const alex = new WebSocket(`${server.wsOrigin}/collab/${documentId}`, {
      headers: { cookie: cookieFrom(joinedA) },
    });
    const alexClosed = closeOf(alex);
    await new Promise((resolve) => alex.once('message', resolve));
    const started = Date.now();
    await server.api.request(
      'DELETE',
      `/api/workspaces/${workspaceId}/members/${await idOf(joinedA)}`,
    );
    expect((await alexClosed).code).toBe(CloseCode.forbidden);
    expect(Date.now() - started).toBeLessThan(1000);

    const beaId = await idOf(joinedB);
    const watcher = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
    await whenSynced(watcher);
    const bea = new WebSocket(`${server.wsOrigin}/collab/${documentId}`, {
      headers: { cookie: cookieFrom(joinedB) },
    });
    await new Promise((resolve) => bea.once('message', resolve));
    await server.api.request('PATCH', `/api/workspaces/${workspaceId}/members/${beaId}`, {
      role: 'observer',
    });
    await eventually(() =>
      expect(
        [...server.app.rooms.connections()].find((c) => c.principal.userId === beaId)?.mayWrite,
      ).toBe(false),
    );
    bea.close();
    watcher.destroy();
    const audit = await server.api.request('GET', `/api/workspaces/${workspaceId}/audit`);
    const actions = (audit.body as unknown as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'membership.removed',
        'membership.role-changed',
        'invite.created',
        'membership.joined',
      ]),
    );
  });

  it("records a token's last use, at most once a minute", async () => {
    const created = await server.api.request('POST', '/api/tokens', { name: 'Script' });
    const script = server.api.as(created.body.token as string);
    const lastUsed = async () =>
      (
        (await server.api.request('GET', '/api/tokens')).body as unknown as Array<{
          id: string;
          lastUsedAt: string | null;
        }>
      ).find((t) => t.id === created.body.id)?.lastUsedAt;
    await script.request('GET', '/api/me');
    const first = await lastUsed();
    expect(first).toEqual(expect.any(String));
    await script.request('GET', '/api/me');
    expect(await lastUsed()).toBe(first);
    server.advanceClock(61_000);
    await script.request('GET', '/api/me');
    expect(await lastUsed()).not.toBe(first);
  });

  it('keeps at least one facilitator in a workspace', async () => {
    const admin = await server.store.identity.findUserByEmail('ada@example.org');
    const members = await server.api.request('GET', `/api/workspaces/${workspaceId}/members`);
    expect((members.body as unknown as Array<{ userId: string; role: string }>)[0]).toMatchObject({
      userId: admin!.id,
      role: 'facilitator',
    });
    const demote = await server.api.request(
      'PATCH',
      `/api/workspaces/${workspaceId}/members/${admin!.id}`,
      { role: 'member' },
    );
    expect(demote.status).toBe(409);
  });

  it('allows a room of thirty people behind one address to join at once', async () => {
    const { token } = await invite();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => join(token, { name: `Person ${i}` })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(200));
  });

  it('answers a bad socket origin and a missing sign-in on /collab with the documented codes', async () => {
    const anonymous = await rawSocket(server.wsOrigin, `/collab/${documentId}`);
    expect(await closeOf(anonymous)).toEqual({
      code: CloseCode.unauthorized,
      reason: 'Please sign in again',
    });
  });
});
