// Each reaction, called by itself on a real server's services (SQLite in a temporary folder),
// does what it says: the effect is read back through the REST routes, the stores or the
// access changes that the rooms follow.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import * as Y from 'yjs';
import { newMeeting, type MeetingState } from '@roundtable/shared/domain/meeting/meeting';
import type { Poll } from '@roundtable/shared/domain/meeting/polls';
import type { ThreadView } from '@roundtable/shared/protocol/comments';
import { defaultWorkspaceSettings } from '@roundtable/shared/protocol/workspaces';
import {
  whenAgreed,
  whenDecided,
  whenLocksChanged,
  whenMeetingEnded,
  whenQuiet,
  whenReviewChanged,
  whenSettingsChanged,
  whenSuggestionPollClosed,
  type Reactors,
} from './reactions.ts';
import type { AccessChange } from './bus/ports.ts';
import { REVIEW_REASON } from './services/document-reviews.ts';
import {
  appendParagraph,
  connectClient,
  eventually,
  startTestServer,
  whenSynced,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';
import { suggestParagraph } from './testing/suggestion-paragraph.ts';
import { anchor } from './testing/anchors.ts';

describe('reactions', () => {
  let server: TestServer;
  let writer: TestClient;
  let documentId: string;
  let workspaceId: string;
  let reactors: Reactors;
  let meeting: MeetingState;
  let accessChanges: AccessChange[];
  let logged: Array<{ level: number; msg: string }>;

  /** The draft as the server has stored it. */
  const content = async (): Promise<string> => {
    const doc = new Y.Doc();
    for (const update of (await server.store.updates.loadDocument(documentId))?.updates ?? []) {
      Y.applyUpdate(doc, update);
    }
    return doc.getXmlFragment('default').toString();
  };
  const versions = async () =>
    (await server.api.request('GET', `/api/documents/${documentId}/versions`))
      .body as unknown as Array<{ id: string; name: string; agreement: unknown }>;
  const closedPoll = (poll: Partial<Poll>): Poll => ({
    id: 'poll1',
    question: 'Should we?',
    kind: 'agree',
    options: [],
    anonymous: false,
    results: 'live',
    agendaItemId: null,
    versionId: null,
    locksDraft: false,
    openedAt: 1,
    votes: {},
    state: 'closed',
    closedAt: 2,
    ...poll,
  });

  beforeEach(async () => {
    server = await startTestServer();
    ({ id: documentId, workspaceId } = await server.api.createDocument());
    writer = connectClient(server.wsOrigin, documentId, { token: server.adminToken });
    await whenSynced(writer);
    appendParagraph(writer.doc, 'We want our own front door');
    suggestParagraph(writer.doc, 'We want ', 'more support at home', 'sug1', server.adminId);
    await eventually(async () => expect(await content()).toContain('<insertion'));
    accessChanges = [];
    server.app.accessEvents.subscribe((change) => void accessChanges.push(change));
    logged = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => logged.push(JSON.parse(line)) },
    );
    reactors = { ...server.app, logger };
    meeting = newMeeting({
      id: 'meeting1',
      workspaceId,
      title: 'Workshop 5',
      startsAt: '2026-12-01T10:00:00Z',
      place: '',
      documentIds: [documentId],
      agenda: [],
    });
  });
  afterEach(async () => {
    writer.destroy();
    await server.close();
  });

  it('agreed: marks the poll’s version agreed, saying how', async () => {
    const versionId = (
      await server.api.request('POST', `/api/documents/${documentId}/versions`, { name: 'Draft' })
    ).body.id as string;
    const poll = closedPoll({
      kind: 'agreement',
      versionId,
      votes: { ada: { optionId: 'agree', reason: '', votedAt: 1 } },
      outcome: { agreed: true, because: 'Everyone agreed.' },
    });
    await whenAgreed(reactors, meeting, poll);
    expect((await versions()).find((v) => v.id === versionId)?.agreement).toMatchObject({
      how: { meetingId: 'meeting1', pollId: 'poll1', because: 'Everyone agreed.', responses: 1 },
    });
  });

  it('agreed: logs, and does not throw, when the version cannot be marked', async () => {
    await whenAgreed(reactors, meeting, closedPoll({ kind: 'agreement', versionId: 'nope' }));
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'marking agreed failed' }));
  });

  it('suggestion poll closed: a poll the group agreed accepts the suggestion', async () => {
    const poll = closedPoll({
      suggestion: { documentId, suggestionId: 'sug1', summary: 'adds ‘more support at home’' },
      votes: { ada: { optionId: 'agree', reason: '', votedAt: 1 } },
    });
    await whenSuggestionPollClosed(reactors, meeting, poll);
    await eventually(async () => {
      expect(await content()).toContain('We want more support at home');
      expect(await content()).not.toContain('insertion');
    });
    const decisions = await server.store.suggestions.listDecisions(documentId);
    expect(decisions).toMatchObject([
      { suggestionId: 'sug1', outcome: 'accepted', how: { kind: 'poll', pollId: 'poll1' } },
    ]);
  });

  it('suggestion poll closed: a poll nobody voted in leaves the suggestion', async () => {
    const poll = closedPoll({
      suggestion: { documentId, suggestionId: 'sug1', summary: 'adds ‘more support at home’' },
    });
    await whenSuggestionPollClosed(reactors, meeting, poll);
    expect(await server.store.suggestions.listDecisions(documentId)).toEqual([]);
    expect(await content()).toContain('<insertion');
  });

  it('quiet spell: saves a version automatically', async () => {
    await whenQuiet(reactors, documentId);
    expect((await versions()).map((v) => v.name)).toEqual(['Saved automatically after editing']);
  });

  it('meeting ended: saves a version of each of its documents, named after it', async () => {
    await whenMeetingEnded(reactors, meeting);
    expect((await versions()).map((v) => v.name)).toEqual(['End of "Workshop 5"']);
  });

  it('locks changed: tells the rooms each draft is locked, then unlocked', async () => {
    await whenLocksChanged(reactors, [documentId], 'Being agreed');
    await whenLocksChanged(reactors, [documentId], null);
    expect(accessChanges).toEqual([
      { kind: 'document-lock', documentId, reason: 'Being agreed' },
      { kind: 'document-lock', documentId, reason: null },
    ]);
  });

  it('decided: resolves the replies on the suggestion’s card', async () => {
    const thread = await server.api.request('POST', `/api/documents/${documentId}/comments`, {
      id: 'thread1',
      commentId: 'comment1',
      anchor,
      quote: 'more support at home',
      body: 'Why?',
      suggestionId: 'sug1',
    });
    expect(thread.status).toBe(201);
    await whenDecided(reactors, {
      id: 'decision1',
      documentId,
      suggestionId: 'sug1',
      outcome: 'rejected',
      summary: 'adds ‘more support at home’',
      suggestedBy: null,
      suggestedAt: null,
      how: {
        kind: 'poll',
        meetingId: 'meeting1',
        pollId: 'poll1',
        counts: { agree: 0, notSure: 0, disagree: 1 },
      },
      decidedAt: '2026-12-01T11:00:00.000Z',
    });
    const threads = (await server.api.request('GET', `/api/documents/${documentId}/comments`))
      .body as unknown as ThreadView[];
    expect(threads).toMatchObject([
      { id: 'thread1', resolvedBecause: 'rejected', resolvedAt: '2026-12-01T11:00:00.000Z' },
    ]);
  });

  it('settings changed: drafts in review follow the workspace’s review setting', async () => {
    await server.store.suggestions.setInReview(documentId, true, new Date().toISOString());
    await server.store.workspaces.putSettings(workspaceId, {
      ...defaultWorkspaceSettings,
      reviewTakesOnlySuggestions: true,
    });
    await whenSettingsChanged(reactors, workspaceId);
    await eventually(() =>
      expect(accessChanges).toEqual([
        { kind: 'document-review', documentId, reason: REVIEW_REASON },
      ]),
    );
  });

  it('review changed: tells the rooms the draft takes only suggestions, or any change', async () => {
    await whenReviewChanged(reactors, documentId, REVIEW_REASON);
    await whenReviewChanged(reactors, documentId, null);
    expect(accessChanges).toEqual([
      { kind: 'document-review', documentId, reason: REVIEW_REASON },
      { kind: 'document-review', documentId, reason: null },
    ]);
  });
});
