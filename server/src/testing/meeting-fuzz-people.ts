// Meeting fuzz fixtures: the people and roles, their sockets, and a workspace with a meeting.
import { expect } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { Role } from '@roundtable/shared/domain/policy';
import type { TestServer } from './harness.ts';

export type Who = 'facilitator' | 'member' | 'observer';
export const roles: Record<Who, Role> = {
  facilitator: 'facilitator',
  member: 'member',
  observer: 'observer',
};

export interface Fixture {
  workspaceId: string;
  documentId: string;
  versionId: string;
  meetingId: string;
  userIds: string[];
}

export const connect = async (
  server: TestServer,
  tokens: Map<Who, string>,
  sockets: Map<Who, Socket>,
  who: Who,
): Promise<Socket> => {
  sockets.get(who)?.disconnect();
  const socket = connectSocket(`${server.origin}/meeting`, {
    transports: ['websocket'],
    auth: { token: tokens.get(who) },
    forceNew: true,
    reconnection: false,
  });
  sockets.set(who, socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
};

/** A workspace with a document, a saved version and a meeting, and one person per role. */
export const makeWorkspace = async (
  server: TestServer,
  tokens: Map<Who, string>,
  name: string,
  people: boolean,
): Promise<Fixture> => {
  const api = server.api;
  const workspaceId = (await api.request('POST', '/api/workspaces', { name })).body.id as string;
  const documentId = (
    await api.request('POST', '/api/documents', { workspaceId, title: `${name} strategy` })
  ).body.id as string;
  const versionId = (
    await api.request('POST', `/api/documents/${documentId}/versions`, { name: 'First draft' })
  ).body.id as string;
  const meetingId = (
    await api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
      title: `${name} workshop`,
      startsAt: '2026-12-01T10:00:00Z',
      documentIds: [documentId],
      agenda: [
        { title: 'Welcome', minutes: 5 },
        { title: 'Housing', minutes: 20 },
      ],
    })
  ).body.id as string;
  const userIds: string[] = [];
  if (people) {
    for (const who of Object.keys(roles) as Who[]) {
      const user = await server.app.signIn.createPerson({
        name: who,
        email: null,
        isAdmin: false,
      });
      await server.store.identity.putMembership({
        workspaceId,
        userId: user.id,
        role: roles[who],
        joinedAt: new Date().toISOString(),
        inviteId: null,
      });
      tokens.set(who, (await server.app.tokens.create(user.id, 'fuzz')).token);
      userIds.push(user.id);
    }
  }
  for (const id of [workspaceId, documentId, versionId, meetingId]) expect(id).toBeTruthy();
  return { workspaceId, documentId, versionId, meetingId, userIds };
};
