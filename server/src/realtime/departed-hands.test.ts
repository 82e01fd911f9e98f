// A raised hand belongs to someone who may take part. When a person is removed from the
// workspace, or becomes an observer, their hand is lowered for everyone, the turn is not theirs
// to be given, and what they may no longer do is refused on the socket they still hold.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { Role } from '@roundtable/shared/domain/policy';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import { eventually, startTestServer, type TestServer } from '../testing/harness.ts';

type Who = 'facilitator' | 'sam' | 'kim';

describe('raised hands of people who may no longer take part', () => {
  let server: TestServer;
  let workspaceId = '';
  let meetingId = '';
  const ids = new Map<Who, string>();
  const sockets: Socket[] = [];

  /** A person in the meeting, seeing what everyone is shown. */
  const join = async (who: Who) => {
    const token = (await server.app.tokens.create(ids.get(who)!, 'meeting')).token;
    const socket = connectSocket(`${server.origin}/meeting`, {
      transports: ['websocket'],
      auth: { token },
      forceNew: true,
    });
    sockets.push(socket);
    let latest: MeetingView | undefined;
    socket.on('meeting:state', (view: MeetingView) => (latest = view));
    expect(((await socket.emitWithAck('meeting:join', { meetingId })) as Ack<unknown>).ok).toBe(
      true,
    );
    return {
      socket,
      latest: () => latest,
      send: async (command: Record<string, unknown>) =>
        (await socket.emitWithAck('meeting:command', { meetingId, command })) as Ack<MeetingView>,
    };
  };

  beforeEach(async () => {
    server = await startTestServer();
    workspaceId = (await server.api.request('POST', '/api/workspaces', { name: 'LD Board' })).body
      .id as string;
    const roles: Array<[Who, Role]> = [
      ['facilitator', 'facilitator'],
      ['sam', 'member'],
      ['kim', 'member'],
    ];
    for (const [who, role] of roles) {
      const user = await server.app.signIn.createPerson({ name: who, email: null, isAdmin: false });
      await server.store.identity.putMembership({
        workspaceId,
        userId: user.id,
        role,
        joinedAt: new Date().toISOString(),
        inviteId: null,
      });
      ids.set(who, user.id);
    }
    meetingId = (
      await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop',
        startsAt: '2026-12-01T10:00:00Z',
        agenda: [{ title: 'Welcome', minutes: 5 }],
      })
    ).body.id as string;
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
  });

  /** The facilitator, with Sam's hand raised first and then Kim's. */
  async function twoHandsUp() {
    const facilitator = await join('facilitator');
    const sam = await join('sam');
    const kim = await join('kim');
    expect((await facilitator.send({ type: 'meeting:start' })).ok).toBe(true);
    expect((await sam.send({ type: 'hand:raise' })).ok).toBe(true);
    expect((await sam.send({ type: 'card:show', kind: 'slow' })).ok).toBe(true);
    expect((await kim.send({ type: 'hand:raise' })).ok).toBe(true);
    return { facilitator, sam, kim };
  }
  const queueOf = (view: MeetingView | undefined) => view?.hands.queue.map((h) => h.userId);

  it('lowers a removed member’s hand for everyone, and never gives them the turn', async () => {
    const { facilitator } = await twoHandsUp();
    const removed = await server.api.request(
      'DELETE',
      `/api/workspaces/${workspaceId}/members/${ids.get('sam')}`,
    );
    expect(removed.status).toBe(204);
    await eventually(() => {
      expect(queueOf(facilitator.latest())).toEqual([ids.get('kim')]);
      expect(facilitator.latest()?.cards.named).toEqual([]);
    });
    expect(await facilitator.send({ type: 'hand:speak', userId: ids.get('sam') })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const next = await facilitator.send({ type: 'hand:speak' });
    expect(next.ok && next.data.hands.speaking).toBe(ids.get('kim'));
  });

  it('lowers the hand of a member who becomes an observer, and refuses them the turn', async () => {
    const { facilitator } = await twoHandsUp();
    const changed = await server.api.request(
      'PATCH',
      `/api/workspaces/${workspaceId}/members/${ids.get('sam')}`,
      { role: 'observer' },
    );
    expect(changed.status).toBe(204);
    await eventually(() => expect(queueOf(facilitator.latest())).toEqual([ids.get('kim')]));
    expect(await facilitator.send({ type: 'hand:speak', userId: ids.get('sam') })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Observers cannot take a turn to speak.' },
    });
  });

  it('passes over a hand still stored for someone who has gone', async () => {
    const { facilitator, sam } = await twoHandsUp();
    // Removed straight in the store: nothing announced it, as if a process had died mid-way.
    await server.store.identity.removeMembership(workspaceId, ids.get('sam')!, '2026-01-01');
    const stored = (await server.store.meetings.getMeeting(meetingId))!.state;
    expect(stored.hands.queue.map((h) => h.userId)).toContain(ids.get('sam'));
    const next = await facilitator.send({ type: 'hand:speak' });
    expect(next.ok && next.data.hands.speaking).toBe(ids.get('kim'));
    expect(next.ok && queueOf(next.data)).toEqual([]);
    // Their socket is still open, but it may no longer raise a hand.
    expect(await sam.send({ type: 'hand:raise' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
