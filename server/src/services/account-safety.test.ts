// Issue 10: who may hand out a sign-in link, what "sign out everywhere" and a new password end,
// the setup link, email links, caching of /api answers, and /metrics. Over REST, against a real
// server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.ts';

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
});
