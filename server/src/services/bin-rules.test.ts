// A document in the bin waits to be restored or erased. Those who may restore it (facilitators,
// administrators) may read it, to decide, and export it; nobody changes it (409: restore it
// first) or opens it live; for everyone else it is gone (404, like a document that never was).
// One rule (shared/domain/policy inBinAllows), asked by every way in: checked here over REST,
// /collab and the meeting channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connectSocket } from 'socket.io-client';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import { CloseCode } from '@roundtable/shared/protocol/collab';
import { anchor } from '../testing/anchors.ts';
import {
  closeOf,
  connectClient,
  eventually,
  rawSocket,
  startTestServer,
  whenSynced,
  type TestServer,
} from '../testing/harness.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';

type Who = 'facilitator' | 'member';
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
type Request = [method: string, path: string, body?: unknown];

describe('a document in the bin', () => {
  let server: TestServer;
  const tokens = new Map<Who, string>();
  let workspaceId = '';
  let documentId = '';
  let versionId = '';
  let threadId = '';
  let commentId = '';
  let proposalId = '';
  let meetingId = '';

  beforeAll(async () => {
    server = await startTestServer();
    workspaceId = (await server.api.request('POST', '/api/workspaces', { name: 'LD Board' })).body
      .id as string;
    for (const role of ['facilitator', 'member'] as const) {
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
      tokens.set(role, (await server.app.tokens.create(person.id, 'bin')).token);
    }
    documentId = (
      await server.api.request('POST', '/api/documents', { workspaceId, title: 'Strategy' })
    ).body.id as string;
    const writer = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
    await whenSynced(writer);
    suggestParagraph(writer.doc, 'We want ', 'more', 'sbin1', server.adminId);
    const comments = `/api/documents/${documentId}/comments`;
    await eventually(async () => {
      const thread = await server.api.request('POST', comments, {
        id: 'thread-bin',
        commentId: 'comment-bin',
        anchor,
        quote: 'more',
        body: 'Why?',
        suggestionId: 'sbin1',
      });
      expect(thread.status).toBe(201);
    });
    writer.destroy();
    [threadId, commentId] = ['thread-bin', 'comment-bin'];
    versionId = (
      await server.api.request('POST', `/api/documents/${documentId}/versions`, { name: 'First' })
    ).body.id as string;
    proposalId = (
      await server.api.request('POST', `/api/versions/${versionId}/proposals`, {
        closesAt: inDays(30),
      })
    ).body.id as string;
    meetingId = (
      await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop',
        startsAt: '2026-12-01T10:00:00Z',
        documentIds: [documentId],
      })
    ).body.id as string;
    const binned = await server.api.request('DELETE', `/api/documents/${documentId}`);
    expect(binned.status).toBe(200);
  }, 30_000);
  afterAll(async () => {
    await server.close();
  });

  const reads: Array<[what: string, request: () => Request]> = [
    ['read its details', () => ['GET', `/api/documents/${documentId}`]],
    ['read its text', () => ['GET', `/api/documents/${documentId}/content`]],
    ['list its versions', () => ['GET', `/api/documents/${documentId}/versions`]],
    ['read a version', () => ['GET', `/api/versions/${versionId}`]],
    ['read a version’s text', () => ['GET', `/api/versions/${versionId}/content`]],
    ['export it', () => ['GET', `/api/documents/${documentId}/export?format=md`]],
    ['read its comments', () => ['GET', `/api/documents/${documentId}/comments`]],
    ['read who wrote it', () => ['GET', `/api/documents/${documentId}/authors`]],
    ['read its proposals', () => ['GET', `/api/documents/${documentId}/proposals`]],
    ['read a proposal', () => ['GET', `/api/proposals/${proposalId}`]],
    ['read its decisions', () => ['GET', `/api/documents/${documentId}/suggestion-decisions`]],
    ['read its review', () => ['GET', `/api/documents/${documentId}/review`]],
  ];
  const changes: Array<[what: string, request: () => Request]> = [
    ['rename it', () => ['PATCH', `/api/documents/${documentId}`, { title: 'New' }]],
    ['save a version', () => ['POST', `/api/documents/${documentId}/versions`, { name: 'Two' }]],
    ['rename a version', () => ['PATCH', `/api/versions/${versionId}`, { name: 'Renamed' }]],
    ['delete a version', () => ['DELETE', `/api/versions/${versionId}`]],
    ['restore a version', () => ['POST', `/api/versions/${versionId}/restore`]],
    [
      'comment on it',
      () => [
        'POST',
        `/api/documents/${documentId}/comments`,
        { id: 'thread-2', commentId: 'comment-2', anchor, quote: 'We', body: 'Hello' },
      ],
    ],
    [
      'reply to a comment',
      () => ['POST', `/api/comment-threads/${threadId}/replies`, { id: 'reply-2', body: 'Hi' }],
    ],
    ['resolve a comment', () => ['POST', `/api/comment-threads/${threadId}/resolve`]],
    ['edit a comment', () => ['PATCH', `/api/comments/${commentId}`, { body: 'Changed' }]],
    [
      'propose a version',
      () => ['POST', `/api/versions/${versionId}/proposals`, { closesAt: inDays(40) }],
    ],
    [
      'answer a proposal',
      () => ['PUT', `/api/proposals/${proposalId}/response`, { kind: 'agree' }],
    ],
    ['withdraw a proposal', () => ['POST', `/api/proposals/${proposalId}/withdraw`]],
    [
      'decide a suggestion',
      () => [
        'POST',
        `/api/documents/${documentId}/suggestions/sbin1/decision`,
        { outcome: 'accepted' },
      ],
    ],
    ['put it in review', () => ['PUT', `/api/documents/${documentId}/review`, { inReview: true }]],
  ];

  const tokenOf = (who: Who | 'admin') => (who === 'admin' ? server.adminToken : tokens.get(who)!);
  const as = (who: Who | 'admin') => server.api.as(tokenOf(who));
  /** The status of a request whose answer may be a file rather than JSON. */
  const statusOf = async (who: Who | 'admin', [method, path]: Request) =>
    (
      await fetch(server.origin + path, {
        method,
        headers: { authorization: `Bearer ${tokenOf(who)}` },
      })
    ).status;

  for (const [what, request] of reads) {
    it(`lets those who may restore it ${what}, and nobody else`, async () => {
      for (const who of ['facilitator', 'admin'] as const) {
        expect(await statusOf(who, request()), who).toBe(200);
      }
      expect(await statusOf('member', request())).toBe(404);
    });
  }

  for (const [what, request] of changes) {
    it(`lets nobody ${what} until it is restored`, async () => {
      for (const who of ['facilitator', 'admin'] as const) {
        const response = await as(who).request(...request());
        expect(response.status, who).toBe(409);
        expect(response.body.error).toMatchObject({ message: expect.stringMatching(/bin/) });
      }
      expect((await as('member').request(...request())).status).toBe(404);
    });
  }

  it('shows the bin only to those who may restore from it', async () => {
    const bin = `/api/documents?workspaceId=${workspaceId}&bin=1`;
    expect((await as('facilitator').request('GET', bin)).body).toMatchObject([{ id: documentId }]);
    expect((await as('member').request('GET', bin)).status).toBe(403);
    expect((await as('member').request('GET', '/api/documents?bin=1')).body).toEqual([]);
  });

  it('is not opened live, nor followed or voted on in a meeting', async () => {
    for (const token of [server.adminToken, tokens.get('member')!]) {
      const socket = await rawSocket(server.wsOrigin, `/collab/${documentId}?token=${token}`);
      expect((await closeOf(socket)).code).toBe(CloseCode.notFound);
    }
    const socket = connectSocket(`${server.origin}/meeting`, {
      transports: ['websocket'],
      auth: { token: server.adminToken },
      forceNew: true,
    });
    try {
      expect(((await socket.emitWithAck('meeting:join', { meetingId })) as Ack<unknown>).ok).toBe(
        true,
      );
      const send = async (command: Record<string, unknown>) =>
        (await socket.emitWithAck('meeting:command', { meetingId, command })) as Ack<unknown>;
      expect((await send({ type: 'meeting:start' })).ok).toBe(true);
      expect(await send({ type: 'follow:invite', documentId, heading: 'Housing' })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      expect(
        await send({
          type: 'poll:open',
          question: 'Agree?',
          kind: 'agreement',
          versionId,
          locksDraft: true,
        }),
      ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      socket.disconnect();
    }
  });
});
