// Ids from another workspace, on every REST route and every /meeting event that takes an id. A
// facilitator of workspace A who knows workspace B's ids (a former member does) is refused
// everywhere, with the error shape, and nothing in B changes. Where an id travels with one of
// A's own (a meeting's documents, a poll's version), the administrator, who may act in both
// workspaces, is refused too: the id must belong to the workspace being acted on, whoever asks.
//
// The routes are read from /api/openapi.json and the events from the /meeting schemas: a route
// or a meeting command that takes an id and has no case here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { lockedDocuments, newMeeting } from '@roundtable/shared/domain/meeting/meeting';
import type { Ack } from '@roundtable/shared/protocol/meeting';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
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

import {
  anchor,
  commandCases,
  commandsTakingIds,
  operationsTakingIds,
  publicOperations,
  restCases,
  type Ids,
} from './cross-workspace-cases.ts';

describe('ids from another workspace', () => {
  let server: TestServer;
  let a: Ids;
  let b: Ids;
  let facilitatorOfA: string;
  const clients: TestClient[] = [];
  const sockets: Socket[] = [];

  /** A workspace with one of everything, made by the administrator. */
  async function workspaceWithEverything(name: string, suffix: string): Promise<Ids> {
    const api = server.api;
    const workspace = (await api.request('POST', '/api/workspaces', { name })).body.id as string;
    const document = (
      await api.request('POST', '/api/documents', { workspaceId: workspace, title: name })
    ).body.id as string;
    const writer = connectClient(server.wsOrigin, document, { token: server.adminToken });
    clients.push(writer);
    await whenSynced(writer);
    appendParagraph(writer.doc, `The ${name} draft`);
    const suggestion = `sug-${suffix}`;
    suggestParagraph(writer.doc, 'We want ', 'more', suggestion, server.adminId);
    await eventually(async () => {
      const response = await fetch(`${server.origin}/api/documents/${document}/content`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
      expect(doc.getXmlFragment('default').toString()).toContain(suggestion);
    });
    const version = (
      await api.request('POST', `/api/documents/${document}/versions`, { name: 'First' })
    ).body.id as string;
    const proposal = (
      await api.request('POST', `/api/versions/${version}/proposals`, {
        closesAt: '2099-01-01T10:00:00Z',
      })
    ).body.id as string;
    const thread = `thread-${suffix}`;
    const comment = `comment-${suffix}`;
    expect(
      (
        await api.request('POST', `/api/documents/${document}/comments`, {
          id: thread,
          commentId: comment,
          anchor,
          quote: 'draft',
          body: 'A comment',
        })
      ).status,
    ).toBe(201);
    const scheduled = await api.request('POST', `/api/workspaces/${workspace}/meetings`, {
      title: `${name} workshop`,
      startsAt: '2026-12-01T10:00:00Z',
      documentIds: [document],
      agenda: [
        { title: 'Welcome', minutes: 5 },
        { title: 'Housing', minutes: 20 },
      ],
    });
    const meeting = scheduled.body.id as string;
    const ada = (await server.store.identity.findUserByEmail('ada@example.org'))!;
    const admin = await server.app.signIn.contextFor(ada.id, { sessionHash: null, tokenId: null });
    await server.app.meetings.execute(admin, meeting, { type: 'meeting:start' });
    await server.app.meetings.execute(admin, meeting, {
      type: 'action:record',
      what: 'Write to the council',
      who: 'Sam',
      due: null,
    });
    const state = await server.app.meetings.execute(admin, meeting, {
      type: 'poll:open',
      question: 'Shall we break?',
      kind: 'agree',
      options: [],
      anonymous: false,
      results: 'live',
    });
    const invite = (
      await api.request('POST', `/api/workspaces/${workspace}/invites`, { role: 'member' })
    ).body.id as string;
    const person = await server.app.signIn.createPerson({
      name: `Member of ${name}`,
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId: workspace,
      userId: person.id,
      role: 'member',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    const token = await server.app.tokens.create(person.id, 'member');
    const hardWord = (
      await api.request('POST', `/api/workspaces/${workspace}/hard-words`, {
        word: 'advocate',
        explanation: 'someone who speaks up for you',
      })
    ).body.id as string;
    const picture = await server.store.pictures.putPicture(
      {
        id: `picture-${suffix}`,
        workspaceId: workspace,
        mediaType: 'image/png',
        width: 1,
        height: 1,
        name: 'logo.png',
        uploadedBy: null,
        uploadedAt: new Date().toISOString(),
      },
      Uint8Array.of(1, 2, 3),
    );
    const easyRead = (await api.request('POST', `/api/documents/${document}/easy-read`)).body
      .id as string;
    const checkRound = (await api.request('POST', `/api/documents/${easyRead}/check-rounds`)).body
      .id as string;
    const { event } = (
      await api.request('PUT', `/api/meetings/${meeting}/public-event`, {
        ...{ title: `${name} open day`, place: 'Town Hall', whatToExpect: '', capacity: 5 },
        ...{ startsAt: '2031-01-01T10:00:00Z', endsAt: '2031-01-01T12:00:00Z' },
        venue: { stepFree: true, hearingLoop: false, quietRoom: false, parking: false, other: '' },
      })
    ).body as { event: { id: string } };
    await api.as(null).request('POST', `/api/public/events/${event.id}/bookings`, {
      ...{ name: `Visitor of ${name}`, phone: '01234 567890', places: 1 },
    });
    const [booking] = await server.store.events.listBookings(event.id);
    const { joinRequest, mail } = await recruitingIn(workspace, suffix);
    const consultation = (
      await api.request('POST', `/api/workspaces/${workspace}/consultations`, {
        versionId: version,
        introduction: `What do you think of the ${name} draft?`,
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      })
    ).body.id as string;
    await api.as(null).request('POST', `/api/public/consultations/${consultation}/comments`, {
      paragraph: 0,
      body: 'A comment from the public',
      name: 'Jo',
      contact: 'jo@example.org',
    });
    const [consultationComment] = await server.store.consultations.listComments(consultation);
    const consultationQuestion = (
      await api.request('POST', `/api/consultations/${consultation}/questions`, {
        ...{ kind: 'agree', paragraph: 0, prompt: `Do you agree, ${name}?` },
      })
    ).body.id as string;
    await api
      .as(null)
      .request(
        'POST',
        `/api/public/consultations/${consultation}/questions/${consultationQuestion}/answers`,
        { answer: 'agree', reason: 'Because it helps.' },
      );
    const [consultationAnswer] = await server.store.consultationQuestions.listAnswers(consultation);
    return {
      joinRequest,
      mail,
      event: event.id,
      booking: booking!.id,
      workspace,
      document,
      version,
      suggestion,
      proposal,
      thread,
      comment,
      meeting,
      agendaItem: state.agenda[1]!.id,
      poll: state.polls[0]!.id,
      action: state.actions[0]!.id,
      invite,
      member: person.id,
      token: token.id,
      hardWord,
      picture: picture.id,
      easyRead,
      checkRound,
      consultation,
      consultationComment: consultationComment!.id,
      consultationQuestion,
      consultationAnswer: consultationAnswer!.id,
    };
  }

  /** A public page, a join request answered by letter, and a mail waiting in the outbox. */
  async function recruitingIn(workspace: string, suffix: string) {
    const api = server.api;
    const slug = `forum-${suffix}`;
    const text = { whoWeAre: 'Us', whatWeDo: 'This', howToJoin: 'Ask', easyRead: [] };
    await api.request('PUT', `/api/workspaces/${workspace}/public-page`, {
      published: true,
      slug,
      text,
    });
    await api.as(null).request('POST', `/api/public-pages/${slug}/join-requests`, {
      name: 'Jo',
      contact: { way: 'phone', phone: '01234 567890' },
      needs: '',
      reason: '',
    });
    const [request] = await server.store.joinRequests.listJoinRequests(workspace);
    const path = `/api/workspaces/${workspace}/join-requests/${request!.id}/answers`;
    await api.request('POST', path, { kind: 'ask', message: 'Which day?' });
    const at = new Date().toISOString();
    const mail = `mail-${suffix}`;
    await server.store.outbox.putMail({
      id: mail,
      workspaceId: workspace,
      about: `join-request:${request!.id}`,
      to: 'jo@example.org',
      subject: 'Hello',
      text: 'Hello',
      attachments: [],
      createdAt: at,
      attempts: 1,
      nextAttemptAt: '2099-01-01T00:00:00.000Z',
      lastError: 'connect ECONNREFUSED',
      sentAt: null,
    });
    return { joinRequest: request!.id, mail };
  }

  /**
   * Everything in B a person could notice, and what A's meetings lock, read from the store (the
   * REST rate limit is not what this test is about).
   */
  async function snapshotOfB(): Promise<unknown> {
    const store = server.store;
    const stored = await store.updates.loadDocument(b.document);
    const draft = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(draft, update);
    const meetingA = (await store.meetings.getMeeting(a.meeting))!.state;
    const meetingsOfA = await store.meetings.listMeetings(a.workspace);
    return {
      workspace: await store.workspaces.getWorkspace(b.workspace),
      settings: await store.workspaces.getSettings(b.workspace),
      documents: await store.documents.listDocuments({ workspaceId: b.workspace, inBin: false }),
      bin: await store.documents.listDocuments({ workspaceId: b.workspace, inBin: true }),
      draft: draft.getXmlFragment('default').toString(),
      versions: await store.versions.listVersions(b.document),
      proposals: await store.proposals.listProposals(b.document),
      decisions: await store.suggestions.listDecisions(b.document),
      inReview: await store.suggestions.isInReview(b.document),
      comments: await store.comments.listThreads(b.document),
      hardWords: await store.hardWords.listHardWords(b.workspace),
      pictures: await store.pictures.listPictures(b.workspace),
      checks: await store.easyReadChecks.latestCheckRound(b.easyRead),
      answers: await store.easyReadChecks.listCheckAnswers(b.checkRound),
      publicPage: await store.publicPages.getPublicPage(b.workspace),
      joinRequests: await store.joinRequests.listJoinRequests(b.workspace),
      mail: await store.outbox.getMail(b.mail),
      consultations: await store.consultations.listConsultations(b.workspace),
      consultationComments: await store.consultations.listComments(b.consultation),
      consultationQuestions: await store.consultationQuestions.listQuestions(b.consultation),
      consultationAnswers: await store.consultationQuestions.listAnswers(b.consultation),
      meetings: await store.meetings.listMeetings(b.workspace),
      event: await store.events.getEvent(b.event),
      bookings: await store.events.listBookings(b.event),
      members: (await store.identity.listMembers(b.workspace)).map(({ userId, role }) => ({
        userId,
        role,
      })),
      invites: await store.identity.listInvites(b.workspace),
      memberTokens: (await store.identity.listApiTokens(b.member)).map(({ id, revokedAt }) => ({
        id,
        revokedAt,
      })),
      audit: (await store.identity.listAudit({ workspaceId: b.workspace, limit: 1000 })).length,
      lockedByB: await server.app.meetings.lockReason(b.workspace, b.document),
      lockedByA: meetingsOfA.flatMap((m) => lockedDocuments(m)).includes(b.document),
      meetingsOfA: meetingsOfA.filter((m) => m.documentIds.includes(b.document)).length,
      agendaOfA: meetingA.agenda.filter((i) => i.link?.documentId === b.document).length,
      followOfA: meetingA.follow,
      pollsOfA: meetingA.polls.filter(
        (p) => p.versionId === b.version || p.suggestion?.documentId === b.document,
      ).length,
    };
  }

  beforeAll(async () => {
    server = await startTestServer();
    a = await workspaceWithEverything('Carers Forum', 'a');
    b = await workspaceWithEverything('Partnership Board', 'b');
    const facilitator = await server.app.signIn.createPerson({
      name: 'Fran Facilitator',
      email: null,
      isAdmin: false,
    });
    await server.store.identity.putMembership({
      workspaceId: a.workspace,
      userId: facilitator.id,
      role: 'facilitator',
      joinedAt: new Date().toISOString(),
      inviteId: null,
    });
    facilitatorOfA = (await server.app.tokens.create(facilitator.id, 'cross')).token;
  }, 30_000);
  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('has a case for every REST route and every meeting command that takes an id', async () => {
    const openApi = (await server.api.request('GET', '/api/openapi.json')).body;
    // Public routes are open to anyone with any id, by design (see publicOperations).
    expect(Object.keys(restCases).sort()).toEqual(
      operationsTakingIds(openApi).filter((operation) => !publicOperations.has(operation)),
    );
    expect(Object.keys(commandCases).sort()).toEqual(commandsTakingIds());
  });

  it('the server’s own follow-ups of a meeting stay in its workspace', async () => {
    const before = await snapshotOfB();
    await expect(
      server.app.versions.markAgreed(a.workspace, b.version, { meetingId: a.meeting }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      server.app.suggestions.decideByPoll({
        workspaceId: a.workspace,
        documentId: b.document,
        suggestionId: b.suggestion,
        outcome: 'rejected',
        how: {
          kind: 'poll',
          meetingId: a.meeting,
          pollId: a.poll,
          counts: { agree: 0, notSure: 0, disagree: 1 },
        },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await snapshotOfB()).toEqual(before);
  });

  it('a meeting stored before its documents were checked does not reach B’s draft', async () => {
    const ada = (await server.store.identity.findUserByEmail('ada@example.org'))!;
    const admin = await server.app.signIn.contextFor(ada.id, { sessionHash: null, tokenId: null });
    const legacy = newMeeting({
      id: 'legacy-meeting',
      workspaceId: a.workspace,
      title: 'Stored long ago',
      startsAt: '2026-01-01T10:00:00.000Z',
      place: '',
      documentIds: [a.document, b.document],
      agenda: [],
    });
    await server.store.meetings.createMeeting(legacy);
    // Both drafts change after their last version, so a meeting's end would save a version.
    const [writerOfA, writerOfB] = clients;
    appendParagraph(writerOfA!.doc, 'A changed');
    appendParagraph(writerOfB!.doc, 'B changed');
    await eventually(async () => {
      for (const documentId of [a.document, b.document]) {
        const stored = await server.store.updates.loadDocument(documentId);
        const draft = new Y.Doc();
        for (const update of stored?.updates ?? []) Y.applyUpdate(draft, update);
        expect(draft.getXmlFragment('default').toString()).toContain('changed');
      }
    });
    const versionsOfB = await server.store.versions.listVersions(b.document);
    await server.app.meetings.execute(admin, legacy.id, { type: 'meeting:start' });
    await expect(
      server.app.meetings.execute(admin, legacy.id, {
        type: 'follow:invite',
        documentId: b.document,
        heading: 'H',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await server.app.meetings.execute(admin, legacy.id, { type: 'meeting:end' });
    await eventually(async () => {
      const versionsOfA = await server.store.versions.listVersions(a.document);
      expect(versionsOfA.map((v) => v.name)).toContain('End of "Stored long ago"');
    });
    expect(await server.store.versions.listVersions(b.document)).toEqual(versionsOfB);
  });

  describe('REST', () => {
    const runs = Object.entries(restCases).flatMap(([operation, cases]) =>
      cases.flatMap((c) => [
        { operation, c, who: 'a facilitator of A' as const },
        ...(c.mixed ? [{ operation, c, who: 'the administrator' as const }] : []),
      ]),
    );
    for (const { operation, c, who } of runs) {
      it(`${operation}: ${who} may not ${c.what}`, async () => {
        const before = await snapshotOfB();
        const [method, path, body] = c.request(a, b);
        const token = who === 'the administrator' ? server.adminToken : facilitatorOfA;
        const response = await server.api.as(token).request(method, path, body);
        expect([403, 404, ...(c.status ?? [])]).toContain(response.status);
        expect(response.body.error).toMatchObject({
          code: expect.any(String),
          message: expect.any(String),
        });
        expect(await snapshotOfB()).toEqual(before);
      });
    }
  });

  describe('/meeting', () => {
    const join = async (token: string): Promise<Socket> => {
      const socket = connectSocket(`${server.origin}/meeting`, {
        transports: ['websocket'],
        auth: { token },
        forceNew: true,
      });
      sockets.push(socket);
      const joined = (await socket.emitWithAck('meeting:join', {
        meetingId: a.meeting,
      })) as Ack<MeetingView>;
      expect(joined.ok).toBe(true);
      return socket;
    };
    const refused = (ack: Ack<unknown>) => {
      expect(ack.ok).toBe(false);
      if (!ack.ok) {
        expect(['not_found', 'forbidden']).toContain(ack.error.code);
        expect(ack.error.message).toEqual(expect.any(String));
      }
    };

    for (const event of ['meeting:join', 'meeting:leave'] as const) {
      it(`${event}: a facilitator of A may not use B’s meeting`, async () => {
        const socket = await join(facilitatorOfA);
        const before = await snapshotOfB();
        refused((await socket.emitWithAck(event, { meetingId: b.meeting })) as Ack<unknown>);
        expect(await snapshotOfB()).toEqual(before);
      });
    }

    it('meeting:command: a facilitator of A may not run B’s meeting', async () => {
      const socket = await join(facilitatorOfA);
      const before = await snapshotOfB();
      const ack = (await socket.emitWithAck('meeting:command', {
        meetingId: b.meeting,
        command: { type: 'poll:close', pollId: b.poll },
      })) as Ack<unknown>;
      refused(ack);
      expect(await snapshotOfB()).toEqual(before);
    });

    const runs = Object.entries(commandCases).flatMap(([type, cases]) =>
      cases.flatMap((c) =>
        (['a facilitator of A', 'the administrator'] as const).map((who) => ({ type, c, who })),
      ),
    );
    for (const { type, c, who } of runs) {
      it(`meeting:command ${type}: ${who} may not ${c.what}`, async () => {
        const socket = await join(who === 'the administrator' ? server.adminToken : facilitatorOfA);
        const before = await snapshotOfB();
        const ack = (await socket.emitWithAck('meeting:command', {
          meetingId: a.meeting,
          command: c.command(a, b),
        })) as Ack<unknown>;
        refused(ack);
        expect(await snapshotOfB()).toEqual(before);
      });
    }
  });
});
