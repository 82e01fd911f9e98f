// The recruiting channel: a facilitator's page watching its workspace is told when a join
// request arrives (with no personal data); anyone else's watch is refused and hears nothing;
// someone not signed in cannot connect; a malformed call is answered `bad_request`, as on /meeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { JOIN_REQUESTS_CHANGED } from '@roundtable/shared/protocol/recruiting';
import { personApi, startTestServer, type TestApi, type TestServer } from '../testing/harness.ts';
import { byPost, publishPage } from '../testing/recruiting-fixtures.ts';

describe('the recruiting channel', () => {
  let server: TestServer;
  let workspaceId: string;
  const sockets: Socket[] = [];
  const socketOf = (api: TestApi) => {
    const socket = connectSocket(`${server.origin}/recruiting`, {
      transports: ['websocket'],
      auth: { token: api.token },
      forceNew: true,
    });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    server = await startTestServer();
    ({ workspaceId } = await server.api.createDocument());
    await publishPage(server.api, workspaceId, 'live-forum');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.close();
  });

  it('tells a watching facilitator that a request arrived, and refuses a member', async () => {
    const facilitator = socketOf(await personApi(server, workspaceId, 'Fran', 'facilitator'));
    const member = socketOf(await personApi(server, workspaceId, 'Mo', 'member'));
    expect(await facilitator.emitWithAck('join-requests:watch', { workspaceId })).toEqual({
      ok: true,
    });
    expect(await member.emitWithAck('join-requests:watch', { workspaceId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const heardByMember: unknown[] = [];
    member.on(JOIN_REQUESTS_CHANGED, (notice: unknown) => heardByMember.push(notice));
    const told = new Promise((resolve) => facilitator.once(JOIN_REQUESTS_CHANGED, resolve));
    await server.api.as(null).request('POST', '/api/public-pages/live-forum/join-requests', byPost);
    expect(await told).toEqual({ workspaceId });
    expect(heardByMember).toEqual([]);
  });

  it('refuses a connection from someone not signed in', async () => {
    const anyone = socketOf(server.api.as(null));
    const refusal = await new Promise<Error & { data?: unknown }>((resolve) =>
      anyone.once('connect_error', resolve),
    );
    expect(refusal.data).toEqual({ code: 'unauthorized' });
    expect(anyone.connected).toBe(false);
  });

  it('answers a malformed call with bad_request, as /meeting does', async () => {
    const facilitator = socketOf(await personApi(server, workspaceId, 'Fay', 'facilitator'));
    const badRequest = { ok: false, error: { code: 'bad_request' } };
    const calls: unknown[][] = [
      ['join-requests:unknown', { workspaceId }],
      ['join-requests:watch', { workspaceId: 5 }],
      ['join-requests:watch', { workspaceId: '../x' }],
      ['join-requests:watch', { workspaceId: 'a'.repeat(40_000) }],
      ['join-requests:watch', { workspaceId, extra: true }],
      ['join-requests:watch', { workspaceId }, 'an extra argument'],
      ['join-requests:watch'],
      ['join-requests:watch', 'not an object'],
    ];
    for (const [event, ...args] of calls) {
      const answer = await facilitator.timeout(5_000).emitWithAck(event as string, ...args);
      expect(answer, JSON.stringify([event, ...args]).slice(0, 80)).toMatchObject(badRequest);
    }
    expect(await facilitator.emitWithAck('join-requests:watch', { workspaceId })).toEqual({
      ok: true,
    });
  });
});
