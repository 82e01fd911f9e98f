// Replies on a suggestion's card are a comment thread linked to the suggestion: one thread per
// suggestion (a second "first reply" joins it), and deciding the suggestion resolves it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ThreadView } from '@roundtable/shared/protocol/comments';
import {
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';
import { anchor } from '../testing/anchors.ts';

describe('replies on suggestion cards', () => {
  let server: TestServer;
  let client: TestClient | undefined;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    client?.destroy();
    await server.close();
  });

  const firstReply = (suggestionId: string, n: number, body: string) => ({
    id: `thread-${suggestionId}-${n}`,
    commentId: `comment-${suggestionId}-${n}`,
    anchor,
    quote: 'more support at home',
    body,
    suggestionId,
  });

  it('keeps one thread per suggestion and resolves it when the suggestion is decided', async () => {
    const { id, workspaceId } = await server.api.createDocument();
    client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(client);
    suggestParagraph(client.doc, 'We want ', 'more support at home', 'sgood1', server.adminId);
    suggestParagraph(client.doc, 'Homes ', 'far away', 'sbad1', server.adminId);
    const comments = `/api/documents/${id}/comments`;

    // Taken once the server has the suggestion.
    await eventually(async () => {
      const first = await server.api.request('POST', comments, firstReply('sgood1', 1, 'Why?'));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ id: 'thread-sgood1-1', suggestionId: 'sgood1' });
    });

    // A second "first reply" (sent at the same moment, or from offline) joins the same thread,
    // and sending it again adds nothing.
    const second = firstReply('sgood1', 2, 'Because people asked.');
    for (let attempt = 0; attempt < 2; attempt++) {
      const joined = await server.api.request('POST', comments, second);
      const thread = joined.body as unknown as ThreadView;
      expect(thread.id).toBe('thread-sgood1-1');
      expect(thread.comments.map((c) => c.body)).toEqual(['Why?', 'Because people asked.']);
    }
    const other = await server.api.request('POST', comments, firstReply('sbad1', 1, 'No.'));
    expect(other.status).toBe(201);
    const plain = { ...firstReply('none', 1, 'A plain comment'), suggestionId: undefined };
    expect((await server.api.request('POST', comments, plain)).body).toMatchObject({
      suggestionId: null,
    });

    await eventually(() => expect(client?.text()).toContain('<insertion'));
    const decided = await server.api.request(
      'POST',
      `/api/documents/${id}/suggestions/sgood1/decision`,
      { outcome: 'accepted' },
    );
    expect(decided.status).toBe(201);
    await eventually(async () => {
      const list = (await server.api.request('GET', comments)).body as unknown as ThreadView[];
      const byId = new Map(list.map((t) => [t.id, t]));
      expect(byId.get('thread-sgood1-1')).toMatchObject({
        resolvedAt: expect.any(String),
        resolvedBy: expect.any(String),
        resolvedByName: expect.any(String),
        resolvedBecause: 'accepted',
      });
      expect(byId.get('thread-sgood1-1')?.comments).toHaveLength(2);
      expect(byId.get('thread-sbad1-1')).toMatchObject({ resolvedAt: null, resolvedBecause: null });
      expect(byId.get('thread-none-1')).toMatchObject({ resolvedAt: null });
    });

    // A suggestion already decided, with no replies yet, takes none.
    await server.api.request('POST', `/api/documents/${id}/suggestions/sbad1/decision`, {
      outcome: 'rejected',
    });
    suggestParagraph(client.doc, 'Jobs ', 'soon', 'sgone1', server.adminId);
    // Decided once the server has the suggestion.
    await eventually(async () => {
      const gone = await server.api.request(
        'POST',
        `/api/documents/${id}/suggestions/sgone1/decision`,
        { outcome: 'rejected' },
      );
      expect(gone.status).toBe(201);
    });
    const late = await server.api.request('POST', comments, firstReply('sgone1', 1, 'Too late'));
    expect(late.status).toBe(409);

    const audit = await server.api.request('GET', `/api/workspaces/${workspaceId}/audit`);
    expect(JSON.stringify(audit.body)).toContain('comment.resolved');
  });

  it('takes replies only on a suggestion the document has, at a place that is well formed', async () => {
    const { id } = await server.api.createDocument();
    const other = await server.api.createDocument('Another draft');
    client = connectClient(server.wsOrigin, id, { token: server.adminToken });
    await whenSynced(client);
    suggestParagraph(client.doc, 'We want ', 'more support at home', 'shere1', server.adminId);
    const elsewhere = connectClient(server.wsOrigin, other.id, { token: server.adminToken });
    await whenSynced(elsewhere);
    suggestParagraph(elsewhere.doc, 'Elsewhere ', 'more', 'sthere1', server.adminId);
    const comments = `/api/documents/${id}/comments`;
    await eventually(async () => {
      const taken = await server.api.request('POST', comments, firstReply('shere1', 1, 'Yes'));
      expect(taken.status).toBe(201);
    });
    await eventually(async () => {
      const there = await server.api.request('POST', `/api/documents/${other.id}/comments`, {
        ...firstReply('sthere1', 1, 'There'),
      });
      expect(there.status).toBe(201);
    });
    elsewhere.destroy();

    // A made-up suggestion, or another document's, is not found; nothing is stored.
    for (const suggestionId of ['nosuchsuggestion', 'sthere1']) {
      const refused = await server.api.request('POST', comments, firstReply(suggestionId, 2, 'No'));
      expect(refused.status).toBe(404);
      expect(refused.body.error).toMatchObject({ code: 'not_found', field: 'suggestionId' });
    }

    // An anchor must be two positions in a document, as the editor writes them.
    const wellFormed = anchor.start;
    const bytes = Uint8Array.from(atob(wellFormed), (c) => c.charCodeAt(0));
    const withExtra = btoa(String.fromCharCode(...bytes, 7, 7, 7));
    for (const start of ['AQID', 'AA==', 'BAUG', withExtra, btoa('hello, server')]) {
      const refused = await server.api.request('POST', comments, {
        ...firstReply('none', 3, 'Here'),
        suggestionId: undefined,
        anchor: { start, end: anchor.end },
      });
      expect(refused.status, start).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'bad_request', field: 'anchor' });
    }
    const list = (await server.api.request('GET', comments)).body as unknown as ThreadView[];
    expect(list.map((t) => t.suggestionId)).toEqual(['shere1']);
  });
});
