// The meeting channel with a real server and real socket.io clients.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { AddressInfo } from 'node:net';
import type { Role } from '@roundtable/shared/domain/policy';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import type { MeetingCommand } from '@roundtable/shared/domain/meeting/meeting';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import { pino } from 'pino';
import { createServer } from '../app.ts';
import { eventually, startTestServer, type TestServer } from '../testing/harness.ts';

type Who =
  'facilitator' | 'member' | 'member2' | 'observer' | 'outsider' | 'other-facilitator' | 'admin';

interface Person {
  socket: Socket;
  latest: () => MeetingView | undefined;
  join: () => Promise<Ack<MeetingView>>;
  send: (command: MeetingCommand | Record<string, unknown>) => Promise<Ack<MeetingView>>;
}

describe('the meeting channel', () => {
  let server: TestServer;
  let meetingId: string;
  let workspaceId: string;
  const tokens = new Map<Who, string>();
  const ids = new Map<Who, string>();
  const sockets: Socket[] = [];

  const person = (who: Who, origin = server.origin): Person => {
    const socket = connectSocket(`${origin}/meeting`, {
      transports: ['websocket'],
      auth: { token: tokens.get(who) },
      forceNew: true,
    });
    sockets.push(socket);
    let latest: MeetingView | undefined;
    socket.on('meeting:state', (view: MeetingView) => {
      latest = view;
    });
    return {
      socket,
      latest: () => latest,
      join: () => socket.emitWithAck('meeting:join', { meetingId }),
      send: (command) => socket.emitWithAck('meeting:command', { meetingId, command }),
    };
  };

  beforeEach(async () => {
    server = await startTestServer();
    workspaceId = (await server.api.request('POST', '/api/workspaces', { name: 'LD Board' })).body
      .id as string;
    const documentId = (
      await server.api.request('POST', '/api/documents', { workspaceId, title: 'Strategy' })
    ).body.id as string;
    const roles: Array<[Who, Role | null]> = [
      ['facilitator', 'facilitator'],
      ['member', 'member'],
      ['member2', 'member'],
      ['observer', 'observer'],
      ['outsider', null],
      ['other-facilitator', null],
    ];
    const otherWorkspace = (await server.api.request('POST', '/api/workspaces', { name: 'Carers' }))
      .body.id as string;
    for (const [who, role] of roles) {
      const user = await server.app.signIn.createPerson({ name: who, email: null, isAdmin: false });
      if (role)
        await server.store.identity.putMembership({
          workspaceId,
          userId: user.id,
          role,
          joinedAt: new Date().toISOString(),
          inviteId: null,
        });
      if (who === 'other-facilitator') {
        await server.store.identity.putMembership({
          workspaceId: otherWorkspace,
          userId: user.id,
          role: 'facilitator',
          joinedAt: new Date().toISOString(),
          inviteId: null,
        });
      }
      tokens.set(who, (await server.app.tokens.create(user.id, 'test')).token);
      ids.set(who, user.id);
    }
    tokens.set('admin', server.adminToken);
    const scheduled = await server.api
      .as(tokens.get('facilitator')!)
      .request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop 3',
        startsAt: '2026-12-01T10:00:00Z',
        place: 'County Hall',
        documentIds: [documentId],
        agenda: [
          { title: 'Welcome', minutes: 5 },
          { title: 'Housing', minutes: 20 },
        ],
      });
    expect(scheduled.status).toBe(201);
    meetingId = scheduled.body.id as string;
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
  });

  it('refuses a socket without a sign-in', async () => {
    const socket = connectSocket(`${server.origin}/meeting`, {
      transports: ['websocket'],
      forceNew: true,
    });
    sockets.push(socket);
    const error = await new Promise<Error & { data?: { code: string } }>((resolve) =>
      socket.once('connect_error', resolve),
    );
    expect(error.data?.code).toBe('unauthorized');
  });

  it('lets only the right people do each thing, on the meeting channel too', async () => {
    const facilitator = person('facilitator');
    expect((await facilitator.join()).ok).toBe(true);
    for (const who of ['outsider', 'other-facilitator'] as const) {
      const stranger = person(who);
      expect(await stranger.join()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await stranger.send({ type: 'hand:raise' })).toMatchObject({ ok: false });
    }
    expect((await facilitator.send({ type: 'meeting:start' })).ok).toBe(true);

    const cases: Array<[MeetingCommand, Who[]]> = [
      [{ type: 'timer:start' }, ['facilitator', 'admin']],
      [{ type: 'agenda:next' }, ['facilitator', 'admin']],
      [{ type: 'timer:add-minute' }, ['facilitator', 'admin']],
      [{ type: 'hand:raise' }, ['facilitator', 'member', 'admin']],
      [{ type: 'card:show', kind: 'slow' }, ['facilitator', 'member', 'admin']],
      [
        { type: 'rsvp', answer: 'yes', needs: [], notes: '' },
        ['facilitator', 'member', 'observer', 'admin'],
      ],
      [
        { type: 'decision:record', text: 'Agreed', pollId: null, agendaItemId: null },
        ['facilitator', 'admin'],
      ],
    ];
    const people = new Map<Who, Person>([['facilitator', facilitator]]);
    for (const who of ['member', 'observer', 'admin'] as const) {
      const p = person(who);
      expect((await p.join()).ok).toBe(true);
      people.set(who, p);
    }
    for (const [command, allowed] of cases) {
      for (const [who, p] of people) {
        const result = await p.send(command);
        expect({ who, type: command.type, ok: result.ok }).toEqual({
          who,
          type: command.type,
          ok: allowed.includes(who),
        });
        if (!result.ok) expect(result.error.code).toBe('forbidden');
      }
    }
  });

  it('answers malformed and oversized events with an error ack, never a crash', async () => {
    const facilitator = person('facilitator');
    await facilitator.join();
    expect(await facilitator.send({ type: 'timer:explode' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await facilitator.socket.emitWithAck('meeting:command', 'junk')).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(
      await facilitator.send({ type: 'poll:open', question: '', kind: 'agree' }),
    ).toMatchObject({ ok: false });
    expect(
      await facilitator.socket.emitWithAck('meeting:join', { meetingId: 'x'.repeat(100) }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const disconnected = new Promise((resolve) => facilitator.socket.once('disconnect', resolve));
    facilitator.socket.emit('meeting:command', {
      meetingId,
      command: { type: 'rsvp', answer: 'yes', notes: 'x'.repeat(200_000) },
    });
    await disconnected;
    const again = person('facilitator');
    expect((await again.join()).ok).toBe(true);
  });

  it('slows one person who sends commands too fast, counting every tab of theirs together', async () => {
    const tab1 = person('member');
    const tab2 = person('member');
    const other = person('member2');
    for (const tab of [tab1, tab2, other]) expect(await tab.join()).toMatchObject({ ok: true });
    const answers = await Promise.all(
      Array.from({ length: 70 }, (_, i) =>
        (i % 2 ? tab1 : tab2).send({ type: 'card:show', kind: 'slow' }),
      ),
    );
    const refused = answers.filter((a) => !a.ok && a.error.code === 'rate_limited');
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(answers.filter((a) => a.ok).length).toBeLessThanOrEqual(60);
    // Another person in the same room is not slowed by them.
    const theirs = await other.send({ type: 'card:show', kind: 'agree' });
    expect(theirs.ok || theirs.error.code !== 'rate_limited').toBe(true);
  });

  it('runs hands in order and tells each person their place; shows cards with names only to facilitators', async () => {
    const [facilitator, member, member2] = [
      person('facilitator'),
      person('member'),
      person('member2'),
    ];
    for (const p of [facilitator, member, member2]) await p.join();
    await facilitator.send({ type: 'meeting:start' });
    await member2.send({ type: 'hand:raise' });
    await member.send({ type: 'hand:raise' });
    await member.send({ type: 'card:show', kind: 'stop' });
    await eventually(() => {
      const view = member.latest()!;
      expect(view.hands.queue.map((h) => h.userId)).toEqual([
        ids.get('member2'),
        ids.get('member'),
      ]);
      expect(view.cards).toEqual({
        counts: { stop: 1, slow: 0, agree: 0, break: 0 },
        named: null,
        mine: 'stop',
      });
      expect(facilitator.latest()!.cards.named).toEqual([
        { userId: ids.get('member'), kind: 'stop' },
      ]);
      expect(view.roster.map((r) => r.name).sort()).toEqual(['facilitator', 'member', 'member2']);
    });
    await facilitator.send({ type: 'hand:speak' });
    await eventually(() => expect(member2.latest()!.hands.speaking).toBe(ids.get('member2')));
    // Everyone who was waiting when the meeting started counts as attending.
    expect(Object.keys(member.latest()!.attendance).sort()).toEqual(
      [ids.get('facilitator'), ids.get('member'), ids.get('member2')].sort(),
    );
    const acked = await member.send({ type: 'hand:lower' });
    expect(acked.ok && acked.data.roster.length).toBe(3);
  });

  it('counts one vote per person even with two tabs open, and hides results until close', async () => {
    const facilitator = person('facilitator');
    const tabA = person('member');
    const tabB = person('member');
    for (const p of [facilitator, tabA, tabB]) await p.join();
    await facilitator.send({ type: 'meeting:start' });
    const opened = await facilitator.send({
      type: 'poll:open',
      question: 'Agree the housing section?',
      kind: 'agree',
      results: 'on-close',
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const pollId = opened.data.polls[0]!.id;
    await Promise.all([
      tabA.send({ type: 'poll:vote', pollId, optionId: 'agree', reason: '' }),
      tabB.send({
        type: 'poll:vote',
        pollId,
        optionId: 'disagree',
        reason: 'Needs more on transport',
      }),
    ]);
    await eventually(() => {
      const poll = tabA.latest()!.polls[0]!;
      expect(poll.voteCount).toBe(1);
      expect(poll.tally).toBeNull();
      expect(facilitator.latest()!.polls[0]!.tally).toBeNull();
    });
    await facilitator.send({ type: 'poll:close', pollId });
    await eventually(() => {
      const counts = tabB.latest()!.polls[0]!.tally!.map((t) => t.count);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    });
  });

  it('keeps actions on the workspace list across meetings until they are done', async () => {
    const facilitator = person('facilitator');
    await facilitator.join();
    await facilitator.send({ type: 'meeting:start' });
    await facilitator.send({
      type: 'action:record',
      what: 'Write to the bus company',
      who: 'Lucy',
      due: null,
    });
    await facilitator.send({ type: 'meeting:end' });
    const api = server.api.as(tokens.get('member')!);
    const listed = await api.request('GET', `/api/workspaces/${workspaceId}/actions`);
    expect(listed.body).toEqual([
      expect.objectContaining({
        meetingTitle: 'Workshop 3',
        what: 'Write to the bus company',
        status: 'open',
      }),
    ]);
    const actionId = (listed.body as unknown as Array<{ id: string }>)[0]!.id;
    expect(
      (
        await api.request('PATCH', `/api/meetings/${meetingId}/actions/${actionId}`, {
          status: 'done',
        })
      ).status,
    ).toBe(403);
    const done = await server.api
      .as(tokens.get('facilitator')!)
      .request('PATCH', `/api/meetings/${meetingId}/actions/${actionId}`, { status: 'done' });
    expect(done.status).toBe(204);
    expect((await api.request('GET', `/api/workspaces/${workspaceId}/actions`)).body).toEqual([
      expect.objectContaining({ status: 'done' }),
    ]);
  });

  it('gives every client the whole state again after the server restarts mid-meeting', async () => {
    const facilitator = person('facilitator');
    const member = person('member');
    await facilitator.join();
    await member.join();
    await facilitator.send({ type: 'meeting:start' });
    await facilitator.send({ type: 'timer:start' });
    await member.send({ type: 'hand:raise' });
    const opened = await facilitator.send({
      type: 'poll:open',
      question: 'Ready?',
      kind: 'agree',
      results: 'live',
    });
    if (!opened.ok) throw new Error('poll');
    await member.send({
      type: 'poll:vote',
      pollId: opened.data.polls[0]!.id,
      optionId: 'agree',
      reason: '',
    });
    await eventually(() => expect(member.latest()?.polls[0]?.voteCount).toBe(1));
    const before = member.latest()!;

    // Restart: a new server process-equivalent on the same port and the same storage.
    const { port } = server.app.server.address() as AddressInfo;
    const gone = [facilitator, member].map(
      (p) => new Promise((resolve) => p.socket.once('disconnect', resolve)),
    );
    await server.app.close();
    await Promise.all(gone);
    const restarted = createServer({
      config: server.config,
      store: server.store,
      logger: pino({ level: 'silent' }),
    });
    await new Promise<void>((resolve) => restarted.server.listen(port, '127.0.0.1', resolve));
    server.app = restarted;
    for (const p of [facilitator, member]) {
      if (!p.socket.connected)
        await new Promise<void>((resolve) => p.socket.once('connect', () => resolve()));
      expect((await p.join()).ok).toBe(true);
    }
    const after = member.latest()!;
    expect(after.timer).toEqual(before.timer);
    expect(after.hands.queue).toEqual(before.hands.queue);
    expect(after.polls[0]!.tally).toEqual(before.polls[0]!.tally);
  });
});
