// The recruiting channel: a facilitator's page watching its workspace is told when a join
// request arrives (with no personal data); anyone else's watch is refused and hears nothing.
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
    const anyone = socketOf(server.api.as(null));
    expect(await facilitator.emitWithAck('join-requests:watch', { workspaceId })).toEqual({
      ok: true,
    });
    expect(await member.emitWithAck('join-requests:watch', { workspaceId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await anyone.emitWithAck('join-requests:watch', { workspaceId })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await anyone.emitWithAck('join-requests:watch', { workspaceId: '../x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    const heardByMember: unknown[] = [];
    member.on(JOIN_REQUESTS_CHANGED, (notice: unknown) => heardByMember.push(notice));
    const told = new Promise((resolve) => facilitator.once(JOIN_REQUESTS_CHANGED, resolve));
    await server.api.as(null).request('POST', '/api/public-pages/live-forum/join-requests', byPost);
    expect(await told).toEqual({ workspaceId });
    expect(heardByMember).toEqual([]);
  });
});
