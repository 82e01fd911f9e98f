// Fixtures for the REST fuzzer: pools of real ids by kind, and a workspace with one of everything.
import { expect } from 'vitest';
import type { TestServer } from './harness.ts';
import { anchor } from './anchors.ts';

export type Pools = Map<string, { home: string[]; other: string[]; scratch: string[] }>;

export const add = (
  pools: Pools,
  kind: string,
  where: 'home' | 'other' | 'scratch',
  id: unknown,
) => {
  expect(typeof id, `${kind} fixture`).toBe('string');
  const pool = pools.get(kind) ?? { home: [], other: [], scratch: [] };
  pool[where].push(id as string);
  pools.set(kind, pool);
};

/** A workspace with one of everything the routes name, made by the administrator. */
export const makeWorkspace = async (server: TestServer, pools: Pools, where: 'home' | 'other') => {
  const api = server.api;
  const ok = async (method: string, path: string, body?: unknown) => {
    const response = await api.request(method, path, body);
    expect(response.status, `${method} ${path}`).toBeLessThan(300);
    return response.body;
  };
  const workspaceId = (await ok('POST', '/api/workspaces', { name: `${where} board` }))
    .id as string;
  add(pools, 'workspaces:id', where, workspaceId);
  const documentId = (await ok('POST', '/api/documents', { workspaceId, title: 'Strategy' }))
    .id as string;
  add(pools, 'documents:id', where, documentId);
  const versionId = (await ok('POST', `/api/documents/${documentId}/versions`, { name: 'One' }))
    .id as string;
  add(pools, 'versions:id', where, versionId);
  add(
    pools,
    'meetings:id',
    where,
    (
      await ok('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop',
        startsAt: '2026-12-01T10:00:00Z',
        documentIds: [documentId],
      })
    ).id,
  );
  const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  add(
    pools,
    'proposals:id',
    where,
    (await ok('POST', `/api/versions/${versionId}/proposals`, { closesAt })).id,
  );
  const threadId = `thread-${where}`;
  await ok('POST', `/api/documents/${documentId}/comments`, {
    id: threadId,
    commentId: `comment-${where}`,
    anchor,
    quote: 'independent living',
    body: 'What does this mean?',
  });
  add(pools, 'comment-threads:id', where, threadId);
  add(pools, 'comments:id', where, `comment-${where}`);
  const invite = await ok('POST', `/api/workspaces/${workspaceId}/invites`, { role: 'member' });
  add(pools, 'invites:inviteId', where, invite.id);
  if (where === 'home') add(pools, 'invites:token', where, String(invite.url).split('/').pop());
  for (let i = 0; i < 2; i++) {
    const person = await server.app.signIn.createPerson({
      name: `${where} person ${i}`,
      email: `${where}${i}@example.org`,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId,
      userId: person.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    add(pools, 'members:userId', where === 'home' ? 'scratch' : where, person.id);
  }
  return { workspaceId, documentId };
};
