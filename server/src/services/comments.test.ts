// Comments over REST and /collab on a real server: who may comment (observers only when the
// workspace allows), editing and deleting only your own, idempotent retries, resolve and
// reopen, clear refusals, and the live notice (type 102) to everyone with the document open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import type { Role } from '@roundtable/shared/domain/policy';
import { MessageType } from '@roundtable/shared/protocol/collab';
import { CommentsNotice, type ThreadView } from '@roundtable/shared/protocol/comments';
import { eventually, rawSocket, startTestServer, type TestServer } from '../testing/harness.ts';
import { anchor } from '../testing/anchors.ts';

let sequence = 0;
const fresh = (prefix: string) => `${prefix}-${++sequence}`;
const newThread = (body = 'Who decides what counts as independent?') => ({
  id: fresh('thread'),
  commentId: fresh('comment'),
  anchor,
  quote: 'independent living',
  body,
});

describe('comments', () => {
  let server: TestServer;
  let workspaceId: string;
  let documentId: string;
  const tokens = new Map<string, string>();
  const as = (who: string) => server.api.as(tokens.get(who) ?? null);

  beforeAll(async () => {
    server = await startTestServer();
    ({ id: documentId, workspaceId } = await server.api.createDocument());
    const people: Array<[string, Role]> = [
      ['Rachel', 'member'],
      ['Sam', 'member'],
      ['Olu', 'observer'],
      ['Fran', 'facilitator'],
    ];
    for (const [name, role] of people) {
      const person = await server.app.signIn.createPerson({ name, email: null, isAdmin: false });
      await server.store.identity.putMembership({
        workspaceId,
        userId: person.id,
        role,
        joinedAt: new Date().toISOString(),
        inviteId: null,
      });
      tokens.set(name, (await server.app.tokens.create(person.id, 'comments')).token);
    }
  });
  afterAll(async () => {
    await server.close();
  });

  it('starts a thread once however often the same request is sent', async () => {
    const body = newThread();
    const first = await as('Rachel').request('POST', `/api/documents/${documentId}/comments`, body);
    expect(first.status).toBe(201);
    const thread = first.body as unknown as ThreadView;
    expect(thread).toMatchObject({
      id: body.id,
      quote: 'independent living',
      anchor,
      resolvedAt: null,
    });
    expect(thread.comments).toMatchObject([
      { id: body.commentId, authorName: 'Rachel', body: body.body },
    ]);
    const again = await as('Rachel').request('POST', `/api/documents/${documentId}/comments`, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const stolen = await as('Sam').request('POST', `/api/documents/${documentId}/comments`, body);
    expect(stolen.status).toBe(409);
    const list = await as('Olu').request('GET', `/api/documents/${documentId}/comments`);
    expect(list.status).toBe(200);
    expect((list.body as unknown as ThreadView[]).filter((t) => t.id === body.id)).toHaveLength(1);
  });

  it('lets observers read comments but write them only when the workspace allows it', async () => {
    const refused = await as('Olu').request(
      'POST',
      `/api/documents/${documentId}/comments`,
      newThread(),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: { message: 'Observers cannot comment in this workspace.' },
    });
    const settings = await as('Olu').request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      observersMayComment: true,
    });
    expect(settings.status).toBe(403);
    const allowed = await as('Fran').request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      observersMayComment: true,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toEqual({
      agreementRule: { kind: 'no-one-disagrees' },
      observersMayComment: true,
      reviewTakesOnlySuggestions: false,
      erasedPeoplesComments: 'keep',
      consultationCommentsModerated: true,
    });
    const ok = await as('Olu').request(
      'POST',
      `/api/documents/${documentId}/comments`,
      newThread(),
    );
    expect(ok.status).toBe(201);
    await as('Fran').request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      observersMayComment: false,
    });
    const thread = ok.body as unknown as ThreadView;
    const reply = await as('Olu').request('POST', `/api/comment-threads/${thread.id}/replies`, {
      id: fresh('comment'),
      body: 'And me',
    });
    expect(reply.status).toBe(403);
  });

  it('lets people edit and delete only their own comments, and keeps a deleted one as a mark', async () => {
    const body = newThread();
    await as('Rachel').request('POST', `/api/documents/${documentId}/comments`, body);
    const replyId = fresh('comment');
    const reply = await as('Sam').request('POST', `/api/comment-threads/${body.id}/replies`, {
      id: replyId,
      body: 'I agree',
    });
    expect(reply.status).toBe(201);
    const repeat = await as('Sam').request('POST', `/api/comment-threads/${body.id}/replies`, {
      id: replyId,
      body: 'I agree',
    });
    expect((repeat.body as unknown as ThreadView).comments).toHaveLength(2);

    const notMine = await as('Rachel').request('PATCH', `/api/comments/${replyId}`, { body: 'x' });
    expect(notMine.status).toBe(403);
    expect(notMine.body).toMatchObject({
      error: { message: 'You can only change or delete your own comments.' },
    });
    expect((await server.api.request('DELETE', `/api/comments/${replyId}`)).status).toBe(403);

    const edited = await as('Sam').request('PATCH', `/api/comments/${replyId}`, {
      body: 'I agree strongly',
    });
    expect(edited.status).toBe(200);
    expect((edited.body as unknown as ThreadView).comments[1]).toMatchObject({
      body: 'I agree strongly',
      editedAt: expect.any(String),
    });
    const deleted = await as('Sam').request('DELETE', `/api/comments/${replyId}`);
    expect(deleted.status).toBe(200);
    expect((deleted.body as unknown as ThreadView).comments[1]).toMatchObject({
      body: '',
      deletedAt: expect.any(String),
    });
    expect((await as('Sam').request('DELETE', `/api/comments/${replyId}`)).status).toBe(200);
    expect(
      (await as('Sam').request('PATCH', `/api/comments/${replyId}`, { body: 'Back' })).status,
    ).toBe(409);
  });

  it('resolves and reopens a thread, saying who resolved it', async () => {
    const body = newThread();
    await as('Rachel').request('POST', `/api/documents/${documentId}/comments`, body);
    const resolved = await as('Sam').request('POST', `/api/comment-threads/${body.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ resolvedBy: expect.any(String), resolvedByName: 'Sam' });
    const reopened = await as('Rachel').request('POST', `/api/comment-threads/${body.id}/reopen`);
    expect(reopened.body).toMatchObject({ resolvedAt: null, resolvedByName: null });
    const audit = await server.app.audit.list({ workspaceId });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['comment.created', 'comment.resolved', 'comment.reopened']),
    );
  });

  it('answers bad requests with a clear 4xx', async () => {
    const post = (path: string, body: unknown) => as('Rachel').request('POST', path, body);
    const empty = await post(`/api/documents/${documentId}/comments`, {
      ...newThread(),
      body: '  ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      error: { field: 'body', message: 'body: Please write a comment' },
    });
    const long = await post(`/api/documents/${documentId}/comments`, {
      ...newThread(),
      quote: 'x'.repeat(301),
    });
    expect(long.status).toBe(400);
    const badAnchor = await post(`/api/documents/${documentId}/comments`, {
      ...newThread(),
      anchor: { start: '<script>', end: 'AA==' },
    });
    expect(badAnchor.status).toBe(400);
    expect((await post('/api/documents/nope/comments', newThread())).status).toBe(404);
    expect((await post('/api/comment-threads/nope/replies', { id: 'r1', body: 'Hi' })).status).toBe(
      404,
    );
    expect(
      (await server.api.as(null).request('GET', `/api/documents/${documentId}/comments`)).status,
    ).toBe(401);
  });

  it('tells everyone with the document open, with the name and the quote', async () => {
    const notices: CommentsNotice[] = [];
    const listener = await rawSocket(
      server.wsOrigin,
      `/collab/${documentId}?acks=1&token=${tokens.get('Sam')}`,
      (frame) => {
        const decoder = decoding.createDecoder(new Uint8Array(frame));
        if (decoding.readVarUint(decoder) !== MessageType.comments) return;
        notices.push(CommentsNotice.parse(JSON.parse(decoding.readVarString(decoder))));
      },
    );
    // Joined once the room has answered with its sync step.
    await eventually(() => expect(server.app.rooms.stats().connections).toBeGreaterThan(0));
    const body = newThread();
    await as('Rachel').request('POST', `/api/documents/${documentId}/comments`, body);
    await eventually(() =>
      expect(notices).toContainEqual(
        expect.objectContaining({
          documentId,
          threadId: body.id,
          change: 'created',
          actorName: 'Rachel',
          quote: 'independent living',
        }),
      ),
    );
    await as('Sam').request('POST', `/api/comment-threads/${body.id}/resolve`);
    await eventually(() => expect(notices.map((n) => n.change)).toContain('resolved'));
    listener.close();
  });

  const erasedCommenter = async (words: string) => {
    const person = await server.app.signIn.createPerson({
      name: 'Pat',
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId,
      userId: person.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const token = (await server.app.tokens.create(person.id, 'erase')).token;
    const body = newThread(words);
    await server.api.as(token).request('POST', `/api/documents/${documentId}/comments`, body);
    await server.app.erasure.erase(null, person.id, { removePendingSuggestions: false });
    const list = await as('Sam').request('GET', `/api/documents/${documentId}/comments`);
    return (list.body as unknown as ThreadView[]).find((t) => t.id === body.id);
  };

  it('keeps an erased person’s comments under their pseudonym, by default', async () => {
    const thread = await erasedCommenter('We need step-free access');
    expect(thread?.comments[0]).toMatchObject({
      body: 'We need step-free access',
      authorName: expect.stringMatching(/^Former member \d+$/),
    });
  });

  it('deletes an erased person’s comments where the workspace says so', async () => {
    await as('Fran').request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      erasedPeoplesComments: 'delete',
    });
    const thread = await erasedCommenter('My private worry');
    expect(thread?.comments[0]).toMatchObject({ body: '', deletedAt: expect.any(String) });
    await as('Fran').request('PATCH', `/api/workspaces/${workspaceId}/settings`, {
      erasedPeoplesComments: 'keep',
    });
  });

  it('describes the comment routes in the OpenAPI document', async () => {
    const { body } = await server.api.request('GET', '/api/openapi.json');
    const paths = body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/api/documents/{id}/comments'] ?? {})).toEqual(['get', 'post']);
    expect(paths['/api/comment-threads/{id}/resolve']).toHaveProperty('post');
    expect(paths['/api/comments/{id}']).toHaveProperty('patch');
  });
});
