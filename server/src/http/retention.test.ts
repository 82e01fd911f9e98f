// Retention (issue 13) through the real server, on SQLite and on Postgres when DATABASE_URL is
// set: access needs reach only the meeting's facilitators (REST and /meeting), are removed
// ACCESS_NEEDS_KEEP_DAYS after the meeting ended, and audit entries older than AUDIT_KEEP_DAYS
// go; the people not seen for INACTIVE_AFTER_DAYS are listed for administrators only. The
// server's clock is moved forward, never waited for.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import { eventually, startTestServer, type TestServer } from '../testing/harness.ts';
import { meetingSocket, type MeetingSocket } from '../testing/meeting-socket.ts';
import { storesUnderTest } from '../testing/stores-under-test.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const NEED = 'A hearing loop in the room';
const NOTE = 'I come by the number 42 wheelchair bus';

describe.each(storesUnderTest('rt_retention'))('retention ($name)', ({ open }) => {
  let server: TestServer;
  let dispose: () => Promise<void> = async () => undefined;
  let workspaceId: string;
  let meetingId: string;
  const tokens = new Map<string, string>();
  const ids = new Map<string, string>();
  const sockets: MeetingSocket[] = [];

  const socketOf = (who: string): MeetingSocket => {
    const socket = meetingSocket(server.origin, tokens.get(who)!, meetingId);
    sockets.push(socket);
    return socket;
  };
  const viewOver = async (who: string): Promise<MeetingView> => {
    const response = await server.api
      .as(tokens.get(who)!)
      .request('GET', `/api/meetings/${meetingId}`);
    expect(response.status).toBe(200);
    return response.body as unknown as MeetingView;
  };

  beforeEach(async () => {
    const opened = open?.();
    dispose = opened?.dispose ?? (async () => undefined);
    server = await startTestServer({}, opened?.open);
    ({ workspaceId } = await server.api.createDocument());
    const people: Array<[string, 'facilitator' | 'member' | 'observer' | null, boolean]> = [
      ['facilitator', 'facilitator', false],
      ['member', 'member', false],
      ['observer', 'observer', false],
      ['other-admin', null, true],
    ];
    for (const [who, role, isAdmin] of people) {
      const person = await server.app.signIn.createPerson({ name: who, email: null, isAdmin });
      if (role) {
        await server.store.identity.putMembership({
          workspaceId,
          userId: person.id,
          role,
          joinedAt: new Date().toISOString(),
          inviteId: null,
        });
      }
      ids.set(who, person.id);
      tokens.set(who, (await server.app.tokens.create(person.id, 'tests')).token);
    }
    const scheduled = await server.api
      .as(tokens.get('facilitator')!)
      .request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop 3',
        startsAt: '2026-12-01T10:00:00Z',
        place: 'County Hall',
        documentIds: [],
        agenda: [],
      });
    meetingId = scheduled.body.id as string;
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.disconnect();
    await server.close();
    await dispose();
  });

  it('shows access needs only to facilitators, over REST and /meeting', async () => {
    const facilitator = socketOf('facilitator');
    await facilitator.join();
    const member = socketOf('member');
    const observer = socketOf('observer');
    const admin = socketOf('other-admin');
    const heard = new Map<string, MeetingView[]>();
    for (const [who, socket] of [
      ['member', member],
      ['observer', observer],
      ['other-admin', admin],
    ] as const) {
      heard.set(who, []);
      socket.socket.on('meeting:state', (view: MeetingView) => heard.get(who)?.push(view));
      await socket.join();
    }
    await member.send({ type: 'rsvp', answer: 'yes', needs: [NEED], notes: NOTE });
    const observerAnswer = await observer.send({
      type: 'rsvp',
      answer: 'maybe',
      needs: ['Easy Read papers'],
      notes: '',
    });
    await eventually(() => expect(heard.get('member')?.length).toBeGreaterThan(1));

    // The member sees their own answer in full; nobody else but a facilitator sees it.
    expect((await viewOver('member')).rsvps[ids.get('member')!]?.needs).toEqual([NEED]);
    for (const who of ['observer', 'other-admin']) {
      const seen = [...(heard.get(who) ?? []), await viewOver(who)];
      expect(JSON.stringify(seen)).not.toContain(NEED);
      expect(JSON.stringify(seen)).not.toContain(NOTE);
    }
    expect(JSON.stringify(observerAnswer)).not.toContain(NEED);
    const memberSaw = [...(heard.get('member') ?? []), await viewOver('member')];
    expect(JSON.stringify(memberSaw)).not.toContain('Easy Read papers');
    // An administrator who runs the meeting sees who is coming, not what they need.
    expect((await viewOver('other-admin')).rsvps[ids.get('member')!]).toEqual({
      answer: 'yes',
      needs: [],
      notes: '',
    });
    expect((await viewOver('facilitator')).rsvps[ids.get('member')!]).toEqual({
      answer: 'yes',
      needs: [NEED],
      notes: NOTE,
    });
  });

  it('removes access needs ACCESS_NEEDS_KEEP_DAYS after the meeting ended, keeping the answer', async () => {
    const facilitator = socketOf('facilitator');
    await facilitator.join();
    const member = socketOf('member');
    await member.join();
    await member.send({ type: 'rsvp', answer: 'yes', needs: [NEED], notes: NOTE });
    await facilitator.send({ type: 'meeting:start' });
    await facilitator.send({ type: 'meeting:end' });

    server.advanceClock(29 * DAY_MS);
    expect((await server.app.retention.sweep()).meetings).toBe(0);
    expect((await viewOver('facilitator')).rsvps[ids.get('member')!]?.needs).toEqual([NEED]);

    server.advanceClock(2 * DAY_MS);
    expect((await server.app.retention.sweep()).meetings).toBe(1);
    const view = await viewOver('facilitator');
    expect(view.rsvps[ids.get('member')!]).toEqual({ answer: 'yes', needs: [], notes: '' });
    expect(view.accessNeedsRemoved?.afterDays).toBe(30);
    const stored = await server.store.meetings.getMeeting(meetingId);
    expect(JSON.stringify(stored)).not.toContain(NEED);
    expect(JSON.stringify(stored)).not.toContain(NOTE);
    // Done once: the next sweep finds nothing left to remove.
    expect((await server.app.retention.sweep()).meetings).toBe(0);
  });

  it('deletes audit entries older than AUDIT_KEEP_DAYS, keeping newer ones and erasures', async () => {
    await server.app.audit.record({ actorId: null, action: 'test.old' });
    await server.app.audit.record({ actorId: null, action: 'person.erased', subject: 'gone' });
    server.advanceClock(731 * DAY_MS);
    await server.app.audit.record({ actorId: null, action: 'test.recent' });
    const { auditEntries } = await server.app.retention.sweep();
    expect(auditEntries).toBeGreaterThanOrEqual(1);
    const actions = (await server.app.audit.list({ limit: 1000 })).map((entry) => entry.action);
    expect(actions).toContain('test.recent');
    expect(actions).not.toContain('test.old');
    // The record of an erasure stays, for replaying it after restoring an older backup.
    expect(actions).toContain('person.erased');
    // What the sweep removed is recorded, as counts.
    expect(actions[0]).toBe('retention.removed');
  });

  it('lists people not seen for INACTIVE_AFTER_DAYS to administrators only', async () => {
    const path = '/api/admin/inactive-people';
    for (const who of ['facilitator', 'member', 'observer']) {
      expect((await server.api.as(tokens.get(who)!).request('GET', path)).status).toBe(403);
    }
    expect((await server.api.as(null).request('GET', path)).status).toBe(401);
    const now = await server.api.request('GET', path);
    expect(now).toMatchObject({ status: 200, body: { afterDays: 365, people: [], more: false } });

    server.advanceClock(366 * DAY_MS);
    const later = await server.api.request('GET', path);
    const listed = later.body.people as Array<{ userId: string; memberships: unknown[] }>;
    expect(listed.map((p) => p.userId)).toContain(ids.get('member'));
    expect(listed.find((p) => p.userId === ids.get('member'))?.memberships).toEqual([
      { workspaceId, workspaceName: expect.any(String) as string, role: 'member' },
    ]);
    // Nothing is deleted: the person is still there.
    expect(await server.store.identity.getUser(ids.get('member')!)).toBeDefined();
  });
});
