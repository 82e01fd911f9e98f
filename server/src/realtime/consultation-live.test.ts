// The consultation channel: a member watching a consultation hears that it changed when someone
// from the public comments; a person of another workspace may not watch it, nor may anyone not
// signed in.
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsultationSummary } from '@roundtable/shared/protocol/consultations';
import { publishedConsultation, versionWithWords } from '../testing/consultation-fixtures.ts';
import { eventually, startTestServer, type TestServer } from '../testing/harness.ts';

describe('live: consultations', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  const connect = (token: string | null) => {
    const socket = connectSocket(`${server.origin}/consultations`, {
      transports: ['websocket'],
      auth: token ? { token } : {},
      forceNew: true,
    });
    sockets.push(socket);
    return socket;
  };
  const watch = (socket: Socket, id: string) =>
    new Promise<boolean>((resolve) =>
      socket.emit('consultation:watch', id, (answer: { ok: boolean }) => resolve(answer.ok)),
    );
  const personIn = async (workspaceId: string, role: 'member' | 'facilitator') => {
    const person = await server.app.signIn.createPerson({
      name: role,
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId,
      userId: person.id,
      role,
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    return { userId: person.id, token: (await server.app.tokens.create(person.id, 'tests')).token };
  };
  const tokenIn = async (workspaceId: string, role: 'member' | 'facilitator') =>
    (await personIn(workspaceId, role)).token;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    await server.close();
  });

  it('tells a watching member when a comment comes, and refuses others', async () => {
    const { workspaceId, versionId } = await versionWithWords(server);
    const { id } = ConsultationSummary.parse(
      (
        await server.api.request('POST', `/api/workspaces/${workspaceId}/consultations`, {
          versionId,
          introduction: 'Tell us.',
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        })
      ).body,
    );
    const member = connect(await tokenIn(workspaceId, 'member'));
    expect(await watch(member, id)).toBe(true);
    const heard: string[] = [];
    member.on('consultation:changed', (notice: { consultationId: string }) =>
      heard.push(notice.consultationId),
    );
    const other = await versionWithWords(server);
    const outsider = connect(await tokenIn(other.workspaceId, 'facilitator'));
    expect(await watch(outsider, id)).toBe(false);
    expect(await watch(member, 'no-such-consultation')).toBe(false);

    await server.api
      .as(null)
      .request('POST', `/api/public/consultations/${id}/comments`, { paragraph: 1, body: 'Hi' });
    await eventually(() => expect(heard).toEqual([id]));

    const anonymous = connect(null);
    const refused = await new Promise<string>((resolve) =>
      anonymous.on('connect_error', (error) => resolve(error.message)),
    );
    expect(refused).toMatch(/sign in/);
  });

  it('stops telling a member who was removed, and answers malformed calls', async () => {
    const { workspaceId, consultationId: id } = await publishedConsultation(server);
    const member = await personIn(workspaceId, 'member');
    const socket = connect(member.token);
    expect(await watch(socket, id)).toBe(true);
    const heard: string[] = [];
    socket.on('consultation:changed', () => heard.push('changed'));
    const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));

    expect(await socket.emitWithAck('consultation:watch', id, 'extra')).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await socket.emitWithAck('consultation:unknown', id)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });

    const removed = await server.api.request(
      'DELETE',
      `/api/workspaces/${workspaceId}/members/${member.userId}`,
    );
    expect(removed.status).toBe(204);
    expect(await closed).toBe('io server disconnect');
    await server.api
      .as(null)
      .request('POST', `/api/public/consultations/${id}/comments`, { paragraph: 1, body: 'Hi' });
    // Connected again, the removed person may not watch it any more.
    const again = connect(member.token);
    expect(await watch(again, id)).toBe(false);
    expect(heard).toEqual([]);
  });

  it('tells the watching pages when the draft goes into the bin and comes back', async () => {
    const { workspaceId, documentId, consultationId: id } = await publishedConsultation(server);
    const socket = connect(await tokenIn(workspaceId, 'member'));
    expect(await watch(socket, id)).toBe(true);
    let heard = 0;
    socket.on('consultation:changed', () => (heard += 1));
    await server.api.request('DELETE', `/api/documents/${documentId}`);
    await eventually(() => expect(heard).toBe(1));
    await server.api.request('POST', `/api/documents/${documentId}/restore`);
    await eventually(() => expect(heard).toBe(2));
  });
});
