// Changes the server itself writes into a draft (restore, accepting or rejecting a suggestion,
// a suggestion poll's outcome) respect the agreement lock and review mode, like people's own
// edits do: with a real server, real clients and the REST routes a person would use.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeetingCommand } from '@roundtable/shared/domain/meeting/meeting';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from '../testing/harness.ts';
import { suggestParagraph } from '../testing/suggestion-paragraph.ts';
import type { AuthContext } from './auth-context.ts';

describe('changes the server writes into a draft', () => {
  let server: TestServer;
  let documentId: string;
  let workspaceId: string;
  let meetingId: string;
  let oldVersionId: string;
  let admin: AuthContext;
  let writer: TestClient;
  const clients: TestClient[] = [];

  const run = (command: MeetingCommand) => server.app.meetings.execute(admin, meetingId, command);
  const content = async (): Promise<string> => {
    const response = await fetch(`${server.origin}/api/documents/${documentId}/content`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
    return doc.getXmlFragment('default').toString();
  };
  const versionNames = async (): Promise<string[]> =>
    (
      (await server.api.request('GET', `/api/documents/${documentId}/versions`))
        .body as unknown as Array<{ name: string }>
    ).map((v) => v.name);
  const decisions = async (): Promise<unknown[]> =>
    (await server.api.request('GET', `/api/documents/${documentId}/suggestion-decisions`))
      .body as unknown as unknown[];
  const lockingPoll = async (): Promise<string> => {
    const state = await run({
      type: 'poll:open',
      question: 'Do we agree the draft?',
      kind: 'agreement',
      options: [],
      anonymous: false,
      results: 'on-close',
      versionId: oldVersionId,
      locksDraft: true,
    });
    return state.polls.at(-1)!.id;
  };
  const restore = () => server.api.request('POST', `/api/versions/${oldVersionId}/restore`);
  const decide = (outcome: 'accepted' | 'rejected') =>
    server.api.request('POST', `/api/documents/${documentId}/suggestions/sug1/decision`, {
      outcome,
    });

  beforeEach(async () => {
    server = await startTestServer();
    ({ id: documentId, workspaceId } = await server.api.createDocument());
    writer = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
    clients.push(writer);
    await whenSynced(writer);
    appendParagraph(writer.doc, 'We want our own front door');
    await eventually(async () => expect(await content()).toContain('front door'));
    oldVersionId = (
      await server.api.request('POST', `/api/documents/${documentId}/versions`, { name: 'Old' })
    ).body.id as string;
    appendParagraph(writer.doc, 'and a garden');
    suggestParagraph(writer.doc, 'We want ', 'more support at home', 'sug1', server.adminId);
    await eventually(async () => expect(await content()).toContain('<insertion'));
    meetingId = (
      await server.api.request('POST', `/api/workspaces/${workspaceId}/meetings`, {
        title: 'Workshop 5',
        startsAt: '2026-12-01T10:00:00Z',
        documentIds: [documentId],
      })
    ).body.id as string;
    const ada = (await server.store.identity.findUserByEmail('ada@example.org'))!;
    admin = await server.app.signIn.contextFor(ada.id, { sessionHash: null, tokenId: null });
    await run({ type: 'meeting:start' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('refuses a restore while an agreement poll has locked the draft, and takes it after', async () => {
    const pollId = await lockingPoll();
    const before = await content();
    const refused = await restore();
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/deciding whether to agree this draft.*until the vote closes/),
    });
    expect(await content()).toBe(before);
    expect(await versionNames()).toEqual(['Old']);

    await run({ type: 'poll:close', pollId });
    expect((await restore()).status).toBe(200);
    await eventually(async () => expect(await content()).not.toContain('garden'));
  });

  it('refuses a restore while the draft is in review', async () => {
    const review = await server.api.request('PUT', `/api/documents/${documentId}/review`, {
      inReview: true,
    });
    expect(review.status).toBe(200);
    const before = await content();
    const refused = await restore();
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/in review.*End the review first/),
    });
    expect(await content()).toBe(before);
    expect(await versionNames()).toEqual(['Old']);
  });

  it('refuses a restore into a document in the bin, and takes it once it is back', async () => {
    expect((await server.api.request('DELETE', `/api/documents/${documentId}`)).status).toBe(200);
    const before = await content();
    const refused = await restore();
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/in the bin.*Restore it from the bin first/),
    });
    expect(await content()).toBe(before);
    expect(await versionNames()).toEqual(['Old']);
    const back = await server.api.request('POST', `/api/documents/${documentId}/restore`);
    expect(back.status).toBe(200);
    expect((await restore()).status).toBe(200);
  });

  it('lets people accept or reject suggestions in review, which is what the review is for', async () => {
    await server.api.request('PUT', `/api/documents/${documentId}/review`, { inReview: true });
    expect((await decide('accepted')).status).toBe(201);
    await eventually(async () => {
      expect(await content()).toContain('We want more support at home');
      expect(await content()).not.toContain('insertion');
    });
  });

  it('refuses deciding a suggestion over REST while an agreement poll has locked the draft', async () => {
    await lockingPoll();
    const before = await content();
    const refused = await decide('rejected');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/suggestions cannot be accepted or rejected until the vote/),
    });
    expect(await content()).toBe(before);
    expect(await decisions()).toEqual([]);
  });

  it('does not apply a suggestion poll’s outcome to a draft an agreement poll has locked', async () => {
    await lockingPoll();
    const asked = await run({
      type: 'poll:open',
      question: 'Sam suggests more support at home. Should we make this change?',
      kind: 'agree',
      options: [],
      anonymous: false,
      results: 'live',
      suggestion: { documentId, suggestionId: 'sug1', summary: 'adds ‘more support at home’' },
    });
    const pollId = asked.polls.at(-1)!.id;
    await run({ type: 'poll:vote', pollId, optionId: 'agree', reason: '' });
    const closed = await run({ type: 'poll:close', pollId });
    expect(closed.polls.at(-1)).toMatchObject({ state: 'closed', outcome: { agreed: true } });
    // The same outcome, as the closing poll hands it to the suggestions: refused by the gate.
    await expect(
      server.app.suggestions.decideByPoll({
        workspaceId,
        documentId,
        suggestionId: 'sug1',
        outcome: 'accepted',
        how: {
          kind: 'poll',
          meetingId,
          pollId,
          counts: { agree: 1, notSure: 0, disagree: 0 },
        },
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/vote/) });
    expect(await decisions()).toEqual([]);
    expect(await content()).toContain('<insertion');
  });
});
