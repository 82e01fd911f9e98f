// A workspace with one of everything a person can name by id (a draft with a suggestion, a
// version and a proposal, a comment, a meeting with an agenda, an action and a poll, an invite, a
// member and their token, a hard word, a picture, an Easy Read version and its check, a public
// event with a booking, a public page with a join request and a mail, a consultation with a
// comment, a question and an answer), made by the administrator, for the cross-workspace tests.
import * as Y from 'yjs';
import { expect } from 'vitest';
import { anchor, type Ids } from '../http/cross-workspace-cases.ts';
import {
  appendParagraph,
  connectClient,
  eventually,
  whenSynced,
  type TestClient,
  type TestServer,
} from './harness.ts';
import { suggestParagraph } from './suggestion-paragraph.ts';

/** A workspace with one of everything, made by the administrator. */
export async function workspaceWithEverything(
  server: TestServer,
  clients: TestClient[],
  name: string,
  suffix: string,
): Promise<Ids> {
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
  const { joinRequest, mail } = await recruitingIn(server, workspace, suffix);
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
async function recruitingIn(server: TestServer, workspace: string, suffix: string) {
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
