// Issue 10, defect 6: removal keeps people out. An invite link made before the removal no
// longer lets the person back in, and a write their open connection sends the moment the
// removal is answered is not stored. Against SQLite, and Postgres when DATABASE_URL is set (with
// real I/O between the removal and its effect, where the race showed).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import { storesUnderTest } from '../testing/stores-under-test.ts';

const cookieFrom = (response: Response): string =>
  (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const stores = storesUnderTest('rt_removal');

describe.each(stores)('removing a member ($name)', ({ open }) => {
  let server: TestServer;
  let workspaceId: string;
  let documentId: string;
  let dispose: () => Promise<void> = async () => undefined;
  beforeEach(async () => {
    const opened = open?.();
    dispose = opened?.dispose ?? (async () => undefined);
    server = await startTestServer({}, opened?.open);
    ({ id: documentId, workspaceId } = await server.api.createDocument());
  });
  afterEach(async () => {
    await server.close();
    await dispose();
  });

  const invite = async () => {
    const created = await server.api.request('POST', `/api/workspaces/${workspaceId}/invites`, {
      role: 'member',
      expiresInDays: 14,
    });
    return (created.body.url as string).split('/join/')[1]!;
  };
  const join = (token: string, body: unknown, cookie?: string) =>
    fetch(`${server.origin}/api/invites/${token}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const removeMember = (userId: string) =>
    server.api.request('DELETE', `/api/workspaces/${workspaceId}/members/${userId}`);
  const storedText = async (): Promise<string> => {
    const stored = await server.store.updates.loadDocument(documentId);
    const doc = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
    return doc.getXmlFragment('default').toString();
  };

  it('refuses the invite link they joined with, and lets a new invite link bring them back', async () => {
    const first = await invite();
    const older = await invite();
    const joined = await join(first, { name: 'Rachel' });
    const cookie = cookieFrom(joined);
    const { profile } = (await joined.json()) as { profile: { id: string } };
    expect((await removeMember(profile.id)).status).toBe(204);

    // Their own link is withdrawn; any other link made before the removal refuses them by name.
    expect((await join(first, {}, cookie)).status).toBe(404);
    const again = await join(older, {}, cookie);
    expect(again.status).toBe(403);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(
      /removed/,
    );
    const members = await server.api.request('GET', `/api/workspaces/${workspaceId}/members`);
    expect(JSON.stringify(members.body)).not.toContain(profile.id);

    // A link made after the removal is the facilitator's choice to let them back in.
    expect((await join(await invite(), {}, cookie)).status).toBe(200);
  });

  it('withdraws the link the removed person joined with, for anonymous joins too, and keeps others who used it', async () => {
    const shared = await invite();
    const older = await invite();
    const withdrawnAnswer = async () => {
      const created = await server.api.request('POST', `/api/workspaces/${workspaceId}/invites`, {
        role: 'member',
        expiresInDays: 14,
      });
      const { id, url } = created.body as { id: string; url: string };
      await server.api.request('DELETE', `/api/workspaces/${workspaceId}/invites/${id}`);
      return join(url.split('/join/')[1]!, { name: 'Nobody' });
    };
    const victim = await join(shared, { name: 'Victim' });
    const cookie = cookieFrom(victim);
    const { profile } = (await victim.json()) as { profile: { id: string } };
    const colleague = await join(shared, { name: 'Colleague' });
    const { profile: kept } = (await colleague.json()) as { profile: { id: string } };
    expect((await removeMember(profile.id)).status).toBe(204);

    const anonymous = await join(shared, { name: 'victim again' });
    const withdrawn = await withdrawnAnswer();
    expect(anonymous.status).toBe(withdrawn.status);
    expect(await anonymous.json()).toEqual(await withdrawn.json());
    expect((await join(older, {}, cookie)).status).toBe(403);
    const members = await server.api.request('GET', `/api/workspaces/${workspaceId}/members`);
    expect(JSON.stringify(members.body)).toContain(kept.id);
    expect(JSON.stringify(members.body)).not.toContain(profile.id);
  });

  it('keeps the link working for others when a facilitator leaves by choice', async () => {
    const created = await server.api.request('POST', `/api/workspaces/${workspaceId}/invites`, {
      role: 'facilitator',
      expiresInDays: 14,
    });
    const shared = (created.body.url as string).split('/join/')[1]!;
    const leaver = await join(shared, { name: 'Leaver' });
    const cookie = cookieFrom(leaver);
    const { profile } = (await leaver.json()) as { profile: { id: string } };
    const left = await fetch(
      `${server.origin}/api/workspaces/${workspaceId}/members/${profile.id}`,
      { method: 'DELETE', headers: { cookie, origin: server.origin } },
    );
    expect(left.status).toBe(204);
    expect((await join(shared, { name: 'Newcomer' })).status).toBe(200);
  });

  it('does not store a write sent straight after the removal is answered', async () => {
    const joined = await join(await invite(), { name: 'Mark' });
    const cookie = cookieFrom(joined);
    const { profile } = (await joined.json()) as { profile: { id: string } };
    const token = (
      (await (
        await fetch(`${server.origin}/api/tokens`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'editor' }),
        })
      ).json()) as { token: string }
    ).token;
    const member = connectClient(server.wsOrigin, documentId, { token });
    await whenSynced(member);
    appendParagraph(member.doc, 'before removal');
    await eventually(async () => expect(await storedText()).toContain('before removal'));

    const closed = new Promise<void>((resolve) =>
      member.provider.on('connection-close', () => resolve()),
    );
    expect((await removeMember(profile.id)).status).toBe(204);
    appendParagraph(member.doc, 'after removal');
    await closed;
    member.provider.disconnect();

    // Anything the member's connection had been let through would be stored before this.
    const admin = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
    await whenSynced(admin);
    appendParagraph(admin.doc, 'marker');
    await eventually(async () => expect(await storedText()).toContain('marker'));
    expect(await storedText()).not.toContain('after removal');
    expect(admin.text()).not.toContain('after removal');
    admin.destroy();
    member.destroy();
  });
});
